-- cases: the person denounced in a denunciation (or a letter that contains one), and who therefore must never handle,
-- list or read it (Luật Tố cáo 2018, Điều 12 khoản 1, Điều 13; Điều 8 khoản 5 and 9). Computed when the accused is
-- recorded and kept with the case: the accused's account and, when the accused leads a unit (UNIT_LEADER or any role
-- with CASE_APPROVE), every account and every unit of that unit's subtree. Queries filter on the two arrays.
-- account_id and accused_unit_id name rows of the identity and org modules (no foreign key across modules).
create table case_accused
(
    tenant_id              uuid        not null,
    case_id                uuid        not null,
    account_id             uuid,                    -- the accused's staff account, if they have one
    account_name           text,                    -- that account's display name when recorded
    name                   text,                    -- free text, for people without an account
    position               text,                    -- free text: their position
    accused_unit_id        uuid,                    -- the account's unit when recorded
    leads_unit             boolean     not null default false, -- whether the accused leads that unit
    conflicted_account_ids uuid[]      not null default '{}',
    conflicted_unit_ids    uuid[]      not null default '{}',
    recorded_at            timestamptz not null,
    recorded_by            text        not null,
    version                int         not null default 0,
    primary key (tenant_id, case_id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id),
    check (account_id is not null or name is not null)
);

create index case_accused_conflicted_accounts on case_accused using gin (conflicted_account_ids);
create index case_accused_conflicted_units on case_accused using gin (conflicted_unit_ids);
