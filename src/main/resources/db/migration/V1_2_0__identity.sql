-- Staff accounts, their roles, and personal API tokens. Citizens need no account.
create table account
(
    tenant_id           uuid        not null references tenant (id),
    id                  uuid        not null,
    username            text        not null,
    display_name        text        not null,
    email               text,
    password_hash       text        not null,
    unit_id             uuid        not null,
    enabled             boolean     not null default true,
    failed_attempts     int         not null default 0,
    locked_until        timestamptz,
    totp_secret         text,
    totp_enabled        boolean     not null default false,
    password_changed_at timestamptz not null,
    last_login_at       timestamptz,
    created_at          timestamptz not null,
    version             int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);
-- A login name is unique across tenants: the login form does not ask for the province.
create unique index account_username_idx on account (lower(username));
create index account_unit_idx on account (tenant_id, unit_id);

create table account_role
(
    tenant_id  uuid not null,
    account_id uuid not null,
    role       text not null,
    primary key (tenant_id, account_id, role),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade
);

-- Personal API tokens: only a SHA-256 hash is stored; the token is shown once when created.
create table api_token
(
    tenant_id    uuid        not null,
    id           uuid        not null,
    account_id   uuid        not null,
    name         text        not null,
    token_hash   bytea       not null unique,
    prefix       text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade
);
create index api_token_account_idx on api_token (tenant_id, account_id);
