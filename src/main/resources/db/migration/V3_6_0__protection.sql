-- Protection of the denouncer (Luật Tố cáo 2018, Điều 9, 47–58; RULEBOOK §4.6, §15.3).

-- Permissions granted to one account explicitly, on top of its roles. Only permissions that no role grants
-- (identity.PermissionGrants.EXPLICIT_ONLY) are stored here; a revocation deletes the row (the audit log keeps both).
create table account_permission_grant
(
    tenant_id  uuid        not null,
    account_id uuid        not null,
    permission text        not null,
    granted_by text        not null,
    granted_at timestamptz not null,
    reason     text        not null,
    primary key (tenant_id, account_id, permission),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade
);

-- The sender's ID number (CCCD), sealed like the other personal columns.
alter table case_sender add column id_number_enc text;

-- Who saw a denouncer's identity (or a protected attachment), when and why. Never the identity itself.
create table denouncer_identity_reveal
(
    tenant_id    uuid        not null,
    id           uuid        not null,
    case_id      uuid        not null,
    account_id   uuid        not null,
    username     text        not null,
    display_name text        not null,
    revealed_at  timestamptz not null,
    reason       text        not null,
    what         text        not null check (what in ('IDENTITY', 'ATTACHMENT')),
    attachment   text,
    primary key (tenant_id, id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);
create index denouncer_identity_reveal_case on denouncer_identity_reveal (tenant_id, case_id, revealed_at);

-- Requests for protection measures and their decisions (Điều 50–55). Protected persons are sealed (SecretBox JSON).
create table protection_request
(
    tenant_id          uuid        not null,
    id                 uuid        not null,
    case_id            uuid        not null,
    status             text        not null check (status in ('REQUESTED', 'DECIDED', 'ACTIVE', 'ENDED')),
    initiative         text        not null check (initiative in ('DENOUNCER', 'RESOLVER')),
    request_form       text        not null check (request_form in ('WRITTEN', 'ORAL')),
    requested_on       date        not null,
    persons_enc        text        not null,
    relationships      text        not null,
    measures           text        not null,
    request_note       text,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    granted            boolean,
    decided_at         timestamptz,
    decided_by         text,
    decision_reasons   text,
    granted_measures   text,
    responsible_bodies text,
    start_on           date,
    end_reason         text check (end_reason in ('CONCLUDED', 'TERMINATED', 'GROUND_ENDED')),
    end_note           text,
    ended_at           timestamptz,
    ended_by           text,
    document_number    text,
    document           jsonb,
    version            int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);
create index protection_request_case on protection_request (tenant_id, case_id, recorded_at);

create table protection_document_counter
(
    tenant_id uuid not null,
    unit_id   uuid not null,
    year      int  not null,
    last_no   int  not null,
    primary key (tenant_id, unit_id, year)
);
