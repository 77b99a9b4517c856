-- Letters accepted through the API with "Prefer: respond-async": validated, stored here in one statement and answered
-- at once with their receipt code; a worker on any node logs them as cases in batches (cases.CaseIntake#logAccepted).
-- The payload holds the senders' personal data and is encrypted as a whole (platform.SecretBox, purpose cases.inbox).
create table intake_inbox (
    tenant_id        uuid        not null,
    id               uuid        not null,
    accepted_at      timestamptz not null,
    account_id       uuid        not null,   -- who handed it in: only they follow it here; the case carries the rest
    receipt_hash     text        not null,   -- HMAC of the receipt code, as citizen_case.receipt_hash
    idempotency_hash text,                   -- HMAC of the client's Idempotency-Key, as citizen_case.idempotency_key
    payload_enc      text        not null,
    state            text        not null default 'PENDING' check (state in ('PENDING', 'DONE', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    case_id          uuid,
    error_key        text,
    error_args       text[],
    done_at          timestamptz,
    primary key (tenant_id, id),
    check ((state = 'DONE') = (case_id is not null))
);

-- the worker's queue: pending letters in the order they came
create index intake_inbox_pending on intake_inbox (tenant_id, next_attempt_at) where state = 'PENDING';
-- a retry with the same key finds the letter it already handed in
create unique index intake_inbox_idempotency on intake_inbox (tenant_id, idempotency_hash) where idempotency_hash is not null;
-- the public lookup by receipt code logs a pending letter first
create index intake_inbox_receipt on intake_inbox (tenant_id, receipt_hash) where state = 'PENDING';
-- logged letters are kept a while for their senders to follow, then deleted
create index intake_inbox_done on intake_inbox (tenant_id, done_at) where state = 'DONE';
