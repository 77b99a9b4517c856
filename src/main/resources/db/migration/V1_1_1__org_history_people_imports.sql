-- Organisation, second step: the history of renames and moves, person codes and record-keeping units, versioned post
-- holdings, links of reorganisations that have only one side, and the CSV imports with their progress.

-- Changes that keep a unit's identity (RENAME, MOVE): the old and new name or parent, from the effective date on.
create table org_unit_history
(
    tenant_id         uuid        not null references tenant (id),
    id                uuid        not null,
    unit_id           uuid        not null,
    change            text        not null check (change in ('RENAME', 'MOVE')),
    effective_date    date        not null,
    old_name          text,
    old_short_name    text,
    new_name          text,
    new_short_name    text,
    old_parent_id     uuid,
    new_parent_id     uuid,
    reorganisation_id uuid,
    recorded_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, reorganisation_id) references reorganisation (tenant_id, id)
);
create index org_unit_history_unit_idx on org_unit_history (tenant_id, unit_id, effective_date);

-- V1_1_0 put both ends of a link in the primary key, which made both NOT NULL; an ESTABLISH has no predecessor and an
-- ABOLISH without successor has none: a link now has its own id, and one of its ends may be empty.
alter table reorganisation_link drop constraint reorganisation_link_pkey;
alter table reorganisation_link alter column predecessor_id drop not null;
alter table reorganisation_link alter column successor_id drop not null;
alter table reorganisation_link add column id uuid not null default gen_random_uuid();
alter table reorganisation_link add primary key (tenant_id, reorganisation_id, id);
create unique index reorganisation_link_ends_idx on reorganisation_link (tenant_id, reorganisation_id, subject,
    coalesce(predecessor_id, '00000000-0000-0000-0000-000000000000'),
    coalesce(successor_id, '00000000-0000-0000-0000-000000000000'));
create index reorganisation_date_idx on reorganisation (tenant_id, effective_date);

-- A person may carry the code of the list they came from (e.g. an import file); the unit that keeps the record
-- decides who may see the person besides the units where they hold posts.
alter table person add column code text;
alter table person add column unit_id uuid not null;
alter table person add foreign key (tenant_id, unit_id) references org_unit (tenant_id, id);
create unique index person_code_idx on person (tenant_id, code) where code is not null;
create index person_unit_idx on person (tenant_id, unit_id);

alter table post_holding add column version int not null default 0;
create index post_holding_unit_post_idx on post_holding (tenant_id, unit_id, post, valid_from);

-- CSV imports: the uploaded file is kept until the import ends (it may hold personal data), the progress is written
-- by the background job in its own short transactions, the rows themselves in one transaction.
create table org_import
(
    tenant_id          uuid        not null references tenant (id),
    id                 uuid        not null,
    kind               text        not null check (kind in ('UNITS', 'PEOPLE')),
    file_name          text        not null,
    status             text        not null check (status in ('READY', 'INVALID', 'QUEUED', 'RUNNING', 'SUCCEEDED',
                                                              'FAILED', 'CANCELLED')),
    total              int         not null default 0,
    done               int         not null default 0,
    errors             jsonb       not null default '[]',
    content            bytea,
    unit_id            uuid        not null,
    created_by         text        not null,
    created_by_account uuid,
    created_at         timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    heartbeat_at       timestamptz,
    cancel_requested   boolean     not null default false,
    version            int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);
create index org_import_recent_idx on org_import (tenant_id, created_at desc);
create index org_import_active_idx on org_import (status) where status in ('QUEUED', 'RUNNING');
