-- Organisation model (RULEBOOK §13): tenants (province-level jurisdictions), jurisdictions, units in a tree with
-- validity dates, reorganisation events that keep history, people and the posts they hold over time.
-- Every row carries tenant_id, first in every primary key and foreign key.
-- Validity is [valid_from, valid_to): valid_to is the first day on which the row no longer holds (null: still holds).

create table tenant
(
    id         uuid        not null primary key,
    code       text        not null unique,
    name       text        not null,
    created_at timestamptz not null
);

create table jurisdiction
(
    tenant_id   uuid not null references tenant (id),
    id          uuid not null,
    parent_id   uuid,
    level       text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE',
                                                'TOWNSHIP', 'VILLAGE', 'RESIDENTIAL_GROUP')),
    code        text not null,
    name        text not null,
    valid_from  date not null,
    valid_to    date,
    version     int  not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code),
    foreign key (tenant_id, parent_id) references jurisdiction (tenant_id, id),
    check (valid_to is null or valid_to > valid_from)
);

create table org_unit
(
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null,
    parent_id       uuid,
    jurisdiction_id uuid        not null,
    kind            text        not null,
    code            text        not null,
    name            text        not null,
    short_name      text,
    valid_from      date        not null,
    valid_to        date,
    created_at      timestamptz not null,
    version         int         not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code),
    foreign key (tenant_id, parent_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, jurisdiction_id) references jurisdiction (tenant_id, id),
    check (valid_to is null or valid_to > valid_from),
    check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (tenant_id, parent_id);
create index org_unit_jurisdiction_idx on org_unit (tenant_id, jurisdiction_id);
create index org_unit_name_fold_idx on org_unit using gin (lamchu_fold(name) gin_trgm_ops);

-- A reorganisation (merge, split, rename, abolish, establish) on a date, with its legal basis;
-- its links say which unit (or jurisdiction) succeeds which.
create table reorganisation
(
    tenant_id      uuid        not null references tenant (id),
    id             uuid        not null,
    kind           text        not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'ABOLISH', 'ESTABLISH', 'MOVE')),
    effective_date date        not null,
    legal_basis    text,
    note           text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    primary key (tenant_id, id)
);

create table reorganisation_link
(
    tenant_id         uuid not null,
    reorganisation_id uuid not null,
    subject           text not null check (subject in ('UNIT', 'JURISDICTION')),
    predecessor_id    uuid,
    successor_id      uuid,
    primary key (tenant_id, reorganisation_id, subject, predecessor_id, successor_id),
    foreign key (tenant_id, reorganisation_id) references reorganisation (tenant_id, id),
    check (predecessor_id is not null or successor_id is not null)
);
create index reorganisation_link_pred_idx on reorganisation_link (tenant_id, predecessor_id);
create index reorganisation_link_succ_idx on reorganisation_link (tenant_id, successor_id);

create table person
(
    tenant_id      uuid        not null references tenant (id),
    id             uuid        not null,
    full_name      text        not null,
    birth_date     date,
    gender         text check (gender in ('MALE', 'FEMALE', 'OTHER')),
    phone          text,
    email          text,
    party_member   boolean     not null default false,
    jurisdiction_id uuid,
    created_at     timestamptz not null,
    version        int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, jurisdiction_id) references jurisdiction (tenant_id, id)
);
create index person_name_fold_idx on person using gin (lamchu_fold(full_name) gin_trgm_ops);

-- A post (chức vụ) a person holds in a unit over a period: "Bí thư Đảng ủy xã", "Chủ tịch UBND xã", "đại biểu HĐND".
create table post_holding
(
    tenant_id  uuid not null,
    id         uuid not null,
    person_id  uuid not null,
    unit_id    uuid not null,
    post       text not null,
    title      text not null,
    valid_from date not null,
    valid_to   date,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
    check (valid_to is null or valid_to > valid_from)
);
create index post_holding_unit_idx on post_holding (tenant_id, unit_id);
create index post_holding_person_idx on post_holding (tenant_id, person_id);
