-- cases: anonymous follow-up (issue #5 item 4). The person who holds a case's receipt code exchanges messages with the
-- handling office; the code (kept only as citizen_case.receipt_hash) is the only key. A citizen's message carries no
-- identity at all: no account, no address, no user agent — only the case, the time and the text.
create table case_message
(
    tenant_id     uuid        not null,
    case_id       uuid        not null,
    seq           int         not null,
    at            timestamptz not null,
    side          text        not null check (side in ('CITIZEN', 'OFFICE')),
    staff_id      uuid,                   -- the officer who wrote an office message; never shown to the citizen
    staff_name    text,
    body          text        not null check (char_length(body) between 1 and 4000),
    read_at       timestamptz,            -- when the other side first read it
    primary key (tenant_id, case_id, seq),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id) on delete cascade,
    check ((side = 'CITIZEN' and staff_id is null and staff_name is null)
        or (side = 'OFFICE' and staff_id is not null))
);

-- MESSAGE: the sender wrote on the case's thread (to the assignee, or to the handling unit's officers).
-- The kind is added to whatever list the check holds when this runs, so that kinds added by other migrations of the
-- same release (merged in any order) are kept.
do $$
declare
    def text;
begin
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'case_notice'::regclass and conname = 'case_notice_kind_check';
    if position('''MESSAGE''' in def) = 0 then
        execute 'alter table case_notice drop constraint case_notice_kind_check';
        execute 'alter table case_notice add constraint case_notice_kind_check '
                    || replace(def, 'ARRAY[', 'ARRAY[''MESSAGE''::text, ');
    end if;
end
$$;
