-- Legal deadline rules (RULEBOOK §15.1) as dated data: a rule, its versions with validity dates, and each version's
-- terms (the ordinary one and one per combination of variant flags such as complex / remote area).
--
-- National reference data, hence NO tenant_id: these rules come from national laws, decrees and Party regulations that
-- apply identically in every province, and a case must be computed the same way whichever province holds it. The
-- architecture allows such global reference tables (ARCHITECTURE.md, "Data rules"; on Citus they are replicated to
-- every node). Changes are audited in the audit chain of the nil tenant.
--
-- Validity is [valid_from, valid_to): valid_to is the first day on which a version no longer applies (null: still does).

create table legal_rule
(
    id              text        not null primary key,   -- exactly as the RULEBOOK names it: 'KN-1', 'TC-res' …
    area            text        not null check (area in ('RECEPTION', 'COMPLAINT', 'DENUNCIATION', 'FEEDBACK',
                                                         'FRONT', 'GRASSROOTS', 'VOTERS', 'ASSETS', 'PARTY',
                                                         'ONE_STOP', 'RECORDS')),
    name_vi         text        not null,
    name_en         text        not null,
    trigger_vi      text        not null,               -- what starts the clock
    trigger_en      text        not null,
    public_label_vi text,                               -- plain-language name on the public calculator; null: office only
    public_label_en text,
    sort_order      int         not null,
    created_at      timestamptz not null default now(),
    check ((public_label_vi is null) = (public_label_en is null))
);

create table legal_rule_version
(
    rule_id      text        not null references legal_rule (id),
    version_no   int         not null check (version_no > 0),
    valid_from   date        not null,
    valid_to     date,
    source       text        not null,                  -- law and article, as a legal officer cites it
    confidence   char(1)     not null check (confidence in ('V', 'S', 'M', 'U')),   -- RULEBOOK §0.1
    configurable boolean     not null,                  -- unconfirmed ([U], RULEBOOK §16): values may be corrected in place
    note         text,
    lock_version int         not null default 0,        -- optimistic locking
    changed_at   timestamptz not null default now(),
    changed_by   text        not null default 'flyway',
    primary key (rule_id, version_no),
    check (valid_to is null or valid_to > valid_from)
);

create table legal_rule_term
(
    rule_id            text    not null,
    version_no         int     not null,
    variant            text    not null check (variant ~ '^([a-zA-Z]+(\+[a-zA-Z]+)*)?$'),   -- '' = ordinary case
    kind               text    not null check (kind in ('WITHIN', 'AT_LEAST_BEFORE', 'AT_LEAST_LASTING',
                                                        'BY_FIXED_DATE', 'AT_LEAST_PER_PERIOD')),
    amount             int     not null check (amount between 0 and 3660),
    unit               text check (unit in ('CALENDAR_DAYS', 'WORKING_DAYS', 'WEEKS', 'MONTHS', 'YEARS')),
    fixed_month        int check (fixed_month between 1 and 12),
    fixed_day          int check (fixed_day between 1 and 31),
    fixed_exclusive    boolean not null default false,
    extensions_allowed int     not null default 0 check (extensions_allowed between 0 and 10),
    extension_amount   int     not null default 0 check (extension_amount between 0 and 3660),
    primary key (rule_id, version_no, variant),
    foreign key (rule_id, version_no) references legal_rule_version (rule_id, version_no) on delete cascade,
    check ((kind = 'BY_FIXED_DATE') = (fixed_month is not null and fixed_day is not null and unit is null))
);
