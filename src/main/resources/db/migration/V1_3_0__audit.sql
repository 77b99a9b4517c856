-- Append-only, hash-chained audit log, one chain per tenant (the nil UUID is the chain of events with no tenant,
-- such as a failed login with an unknown name). hash = SHA-256(prev_hash || canonical text of the entry).
create table audit_entry
(
    tenant_id        uuid        not null,
    seq              bigint      not null,
    occurred_at      timestamptz not null,
    kind             text        not null check (kind in ('CHANGE', 'READ')),
    actor            text        not null,
    actor_account_id uuid,
    action           text        not null,
    entity_type      text        not null,
    entity_id        text        not null,
    reason           text,
    details          text        not null,
    prev_hash        bytea       not null,
    hash             bytea       not null,
    primary key (tenant_id, seq)
);
create index audit_entry_entity_idx on audit_entry (tenant_id, entity_type, entity_id);
create index audit_entry_time_idx on audit_entry (tenant_id, occurred_at desc);

-- The head of each chain: the last sequence number and hash. Locking this row serialises appends per tenant,
-- and comparing it with the last entry detects entries cut off the end.
create table audit_chain_head
(
    tenant_id uuid   not null primary key,
    last_seq  bigint not null,
    last_hash bytea  not null
);

create function audit_entry_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
