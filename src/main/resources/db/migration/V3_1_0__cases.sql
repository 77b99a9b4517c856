-- cases: every letter (đơn) received by any channel, its classification, handling outcome, the feedback /
-- recommendation procedure, its timeline, documents, duplicate groups, routing table and in-office notices.
-- RULEBOOK §2 (letter handling), §5 (feedback and recommendations), §15.2 "Letter" and "Feedback/recommendation".

-- Subject categories as data (RULEBOOK §13.4): per tenant, seeded with the practice list and editable.
create table case_category
(
    tenant_id    uuid    not null,
    code         text    not null check (code ~ '^[A-Z0-9_-]{2,40}$'),
    name_vi      text    not null,
    name_en      text    not null,
    regulation   boolean not null default false,   -- feedback on administrative regulations (ND 20/2008): answer published
    answer_days  int check (answer_days between 1 and 120),  -- overrides the PAKN-answer rule for this category
    sort_order   int     not null,
    active       boolean not null default true,
    primary key (tenant_id, code)
);

-- The routing table (data, editable by administrators): the most specific matching row suggests the competent unit.
create table case_routing_rule
(
    tenant_id      uuid        not null,
    id             uuid        not null,
    category_code  text,                    -- null: any category
    content_kind   text check (content_kind in ('FEEDBACK', 'RECOMMENDATION', 'COMPLAINT', 'DENUNCIATION', 'MIXED')),
    place_unit_id  uuid,                    -- the commune (or any unit) where the matter happened; null: anywhere
    target_unit_id uuid        not null,    -- the unit suggested as competent
    priority       int         not null default 0,
    note           text,
    version        int         not null default 0,
    created_at     timestamptz not null,
    created_by     text        not null,
    primary key (tenant_id, id)
);

create table case_group
(
    tenant_id    uuid        not null,
    id           uuid        not null,
    lead_case_id uuid        not null,     -- the case that is handled; the others follow it and get its answer
    created_at   timestamptz not null,
    created_by   text        not null,
    primary key (tenant_id, id)
);

create sequence case_number_seq;

create table citizen_case
(
    tenant_id          uuid        not null,
    id                 uuid        not null,
    number             text        not null,   -- the office's register number, e.g. 2026-000123 (not a secret)
    receipt_hash       text        not null,   -- HMAC of the citizen's receipt code; the code itself is never stored
    idempotency_key    text,
    channel            text        not null check (channel in ('WEB', 'RECEPTION', 'VOTER_MEETING', 'DIALOGUE', 'POST',
                                                               'EMAIL', 'HOTLINE', 'FORWARDED', 'LEADER', 'API')),
    forwarded_by       text,                   -- the body that forwarded the letter to us (deputy, Front, press …)
    content_kind       text        not null check (content_kind in ('FEEDBACK', 'RECOMMENDATION', 'COMPLAINT',
                                                                    'DENUNCIATION', 'MIXED')),
    status             text        not null,
    title              text        not null,
    body               text        not null,
    search_text        text        not null,   -- folded title + body + place, for search with or without diacritics
    minhash            int[]       not null,   -- near-duplicate fingerprint of the folded text (cases.TextFingerprint)
    category_code      text,
    place_unit_id      uuid,
    place_text         text,
    anonymous          boolean     not null,
    signatories        text        not null check (signatories in ('ONE', 'MANY', 'ANONYMOUS')),
    signatory_count    int         not null check (signatory_count >= 0),
    sender_key         text,                   -- HMAC of the sender's folded phone / e-mail / name+address: "same sender"
    publish_consent    boolean     not null,
    received_on        date        not null,
    received_at        timestamptz not null,
    handling_unit_id   uuid        not null,
    assignee_id        uuid,
    assignee_name      text,
    eligibility        text check (eligibility in ('ELIGIBLE', 'NOT_ELIGIBLE')),
    ineligible_reason  text,
    competence         text check (competence in ('WITHIN', 'OUTSIDE')),
    outcome            text,
    repeated           boolean     not null default false,
    guided_before      boolean     not null default false,
    group_id           uuid,
    pending_decision   jsonb,                  -- the decision awaiting a leader's signature
    pending_from       text,                   -- the state to return to when it is sent back
    taken_up_on        date,                   -- when the current handling began (acceptance, forwarding in, reopening)
    forwarded_to       text,
    answer             text,
    answered_on        date,
    published_on       date,
    rating             int check (rating between 1 and 5),
    rating_comment     text,
    due_on             date,
    due_rule           text,
    watch              text        not null default 'NORMAL' check (watch in ('NORMAL', 'DUE_SOON', 'OVERDUE')),
    retain_until       date,
    closed_on          date,
    version            int         not null default 0,
    updated_at         timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, receipt_hash),
    unique (tenant_id, number),
    foreign key (tenant_id, category_code) references case_category (tenant_id, code),
    foreign key (tenant_id, group_id) references case_group (tenant_id, id)
);

create unique index citizen_case_idempotency on citizen_case (tenant_id, idempotency_key) where idempotency_key is not null;
create index citizen_case_unit on citizen_case (tenant_id, handling_unit_id, status);
create index citizen_case_assignee on citizen_case (tenant_id, assignee_id) where assignee_id is not null;
create index citizen_case_due on citizen_case (tenant_id, due_on) where due_on is not null and closed_on is null;
create index citizen_case_sender on citizen_case (tenant_id, sender_key) where sender_key is not null;
create index citizen_case_search on citizen_case using gin (to_tsvector('simple', search_text));
create index citizen_case_minhash on citizen_case using gin (minhash);
create index citizen_case_published on citizen_case (tenant_id, published_on desc) where published_on is not null;

-- The people who signed the letter. Personal data are encrypted (platform.SecretBox); only who handles may read them.
create table case_sender
(
    tenant_id     uuid not null,
    case_id       uuid not null,
    position      int  not null,
    name_enc      text,
    address_enc   text,
    phone_enc     text,
    email_enc     text,
    primary key (tenant_id, case_id, position),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);

create table case_attachment
(
    tenant_id     uuid        not null,
    case_id       uuid        not null,
    sha256        text        not null,
    original_name text,
    added_at      timestamptz not null,
    primary key (tenant_id, case_id, sha256),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade,
    foreign key (tenant_id, sha256) references stored_file (tenant_id, sha256)
);

-- The timeline: every step with who, when and why. Entries marked public are what the sender sees by receipt code.
create table case_step
(
    tenant_id   uuid        not null,
    case_id     uuid        not null,
    seq         int         not null,
    at          timestamptz not null,
    actor       text        not null,
    actor_name  text,
    action      text        not null,
    status      text        not null,
    reason      text,                      -- internal: never shown to the public
    public_note text,                      -- what the sender is told about this step
    visible     boolean     not null,      -- shown on the public timeline
    due_on      date,
    primary key (tenant_id, case_id, seq),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);

-- Documents issued for a step (forwarding letter, guidance reply, answer …): their content is kept as issued, and the
-- DOCX / PDF are rendered from it on demand.
create table case_document
(
    tenant_id  uuid        not null,
    id         uuid        not null,
    case_id    uuid        not null,
    kind       text        not null,
    number     text,
    content    jsonb       not null,
    created_at timestamptz not null,
    created_by text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);

-- Numbering of outgoing documents: per tenant, issuing unit and year.
create table case_document_counter
(
    tenant_id uuid not null,
    unit_id   uuid not null,
    year      int  not null,
    last_no   int  not null,
    primary key (tenant_id, unit_id, year)
);

-- Notices in the office (deadline watch, poor ratings, assignments). E-mail comes later through notify's outbox.
create table case_notice
(
    tenant_id  uuid        not null,
    id         uuid        not null,
    case_id    uuid        not null,
    account_id uuid,                      -- a named officer; null with unit_id: every leader of that unit
    unit_id    uuid,
    kind       text        not null check (kind in ('DUE_SOON', 'OVERDUE', 'RATED_POOR', 'ASSIGNED', 'AWAITING_APPROVAL')),
    due_on     date,
    created_at timestamptz not null,
    read_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade
);
create unique index case_notice_once on case_notice (tenant_id, case_id, kind, coalesce(account_id, unit_id), coalesce(due_on, date '1900-01-01'));
create index case_notice_account on case_notice (tenant_id, account_id, read_at);

-- Scheduled jobs that must run once per slot across all nodes (platform would own this if a second user appears).
create table case_job_run
(
    name      text        not null primary key,
    last_slot text        not null,
    ran_at    timestamptz not null,
    ran_by    text        not null
);
