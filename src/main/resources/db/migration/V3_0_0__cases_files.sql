-- cases: what each tenant knows about the files it stored. The content itself lives once on disk, shared by all
-- tenants, under LAMCHU_DATA_DIR/files/sha256/ab/cd/<sha256> (vn.lamchu.cases.AttachmentStore).
create table stored_file
(
    tenant_id     uuid        not null,
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size          bigint      not null check (size > 0),
    media_type    text        not null,
    original_name text,
    created_at    timestamptz not null,
    created_by    text        not null,
    primary key (tenant_id, sha256)
);
