-- voters: People's Council deputies and their voter meetings (tiếp xúc cử tri), RULEBOOK §6. The opinions raised become
-- cases through the one intake (Channel.VOTER_MEETING); this module keeps the link and reads the case's progress
-- (citizen_case is read, never written, from here).

-- A People's Council term (nhiệm kỳ) of one council unit.
create table voter_term
(
    tenant_id       uuid        not null,
    id              uuid        not null,
    council_unit_id uuid        not null,
    name            text        not null check (char_length(name) between 3 and 200),
    starts_on       date        not null,
    ends_on         date,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, council_unit_id) references org_unit (tenant_id, id),
    check (ends_on is null or ends_on > starts_on)
);

-- A session (kỳ họp) of the council in a term: regular, thematic or extraordinary.
create table voter_session
(
    tenant_id       uuid        not null,
    id              uuid        not null,
    term_id         uuid        not null,
    number          int         not null check (number > 0),
    kind            text        not null check (kind in ('REGULAR', 'THEMATIC', 'EXTRAORDINARY')),
    name            text        not null check (char_length(name) between 3 and 200),
    opens_on        date        not null,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, term_id, number),
    foreign key (tenant_id, term_id) references voter_term (tenant_id, id)
);

-- A constituency (đơn vị bầu cử) and the units (villages, residential groups, communes) it covers.
create table voter_constituency
(
    tenant_id       uuid        not null,
    id              uuid        not null,
    term_id         uuid        not null,
    number          int         not null check (number > 0),
    name            text        not null check (char_length(name) between 3 and 200),
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, term_id, number),
    foreign key (tenant_id, term_id) references voter_term (tenant_id, id)
);

create table voter_constituency_area
(
    tenant_id       uuid not null,
    constituency_id uuid not null,
    unit_id         uuid not null,
    primary key (tenant_id, constituency_id, unit_id),
    foreign key (tenant_id, constituency_id) references voter_constituency (tenant_id, id) on delete cascade,
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);

-- A deputy elected in a constituency; the person of the organisation directory where known.
create table voter_deputy
(
    tenant_id       uuid        not null,
    id              uuid        not null,
    constituency_id uuid        not null,
    person_id       uuid,
    full_name       text        not null check (char_length(full_name) between 2 and 200),
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, constituency_id, full_name),
    foreign key (tenant_id, constituency_id) references voter_constituency (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

-- A voter meeting: planned, then held (with the number of voters) or cancelled.
create table voter_meeting
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    council_unit_id  uuid        not null,
    constituency_id  uuid,
    session_id       uuid,
    timing           text        not null check (timing in ('BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC')),
    topic            text check (char_length(topic) <= 500),
    place_unit_id    uuid        not null,  -- the commune (or village) where the voters live: the opinions' place
    venue            text        not null check (char_length(venue) between 3 and 300),
    starts_at        timestamptz not null,
    status           text        not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    held_on          date,
    voters_attending int check (voters_attending >= 0),
    note             text check (char_length(note) <= 2000),
    created_at       timestamptz not null,
    created_by       text        not null,
    version          int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, council_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, place_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, constituency_id) references voter_constituency (tenant_id, id),
    foreign key (tenant_id, session_id) references voter_session (tenant_id, id),
    check ((status = 'HELD') = (held_on is not null and voters_attending is not null)),
    check (timing = 'THEMATIC' or session_id is not null)
);
create index voter_meeting_council on voter_meeting (tenant_id, council_unit_id, starts_at);

create table voter_meeting_deputy
(
    tenant_id  uuid not null,
    meeting_id uuid not null,
    deputy_id  uuid not null,
    primary key (tenant_id, meeting_id, deputy_id),
    foreign key (tenant_id, meeting_id) references voter_meeting (tenant_id, id) on delete cascade,
    foreign key (tenant_id, deputy_id) references voter_deputy (tenant_id, id)
);

-- An opinion raised at a meeting. Its text is the opinion as compiled, without the voter's name (the name, if given,
-- lives only in the case's encrypted senders). Answered on the spot: the answer given at the meeting and by whom.
create table voter_opinion
(
    tenant_id      uuid        not null,
    id             uuid        not null,
    meeting_id     uuid        not null,
    seq            int         not null,
    kind           text        not null check (kind in ('RECOMMENDATION', 'FEEDBACK')),
    text           text        not null check (char_length(text) between 10 and 4000),
    case_id        uuid        not null,
    case_number    text        not null,
    spot_answer    text check (char_length(spot_answer) <= 4000),
    spot_answerer  text check (char_length(spot_answerer) <= 300),
    created_at     timestamptz not null,
    created_by     text        not null,
    primary key (tenant_id, id),
    unique (tenant_id, meeting_id, seq),
    unique (tenant_id, case_id),
    foreign key (tenant_id, meeting_id) references voter_meeting (tenant_id, id),
    foreign key (tenant_id, case_id) references citizen_case (tenant_id, id),
    check ((spot_answer is null) = (spot_answerer is null))
);

-- The compilation of voters' opinions (tổng hợp ý kiến, kiến nghị cử tri) for a session, sent to the council's
-- standing committee; later the report of the answers (báo cáo kết quả trả lời) presented at a meeting.
create table voter_compilation
(
    tenant_id          uuid        not null,
    id                 uuid        not null,
    council_unit_id    uuid        not null,
    session_id         uuid        not null,
    compiled_on        date        not null,
    compiled_by        text        not null,
    sent_on            date,
    sent_to            text check (char_length(sent_to) <= 300),
    report_on          date,
    report_meeting_id  uuid,
    created_at         timestamptz not null,
    version            int         not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, session_id),
    foreign key (tenant_id, council_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, session_id) references voter_session (tenant_id, id),
    foreign key (tenant_id, report_meeting_id) references voter_meeting (tenant_id, id),
    check ((sent_on is null) = (sent_to is null)),
    check (report_on is null or sent_on is not null)
);

create table voter_compilation_opinion
(
    tenant_id      uuid not null,
    compilation_id uuid not null,
    opinion_id     uuid not null,
    primary key (tenant_id, compilation_id, opinion_id),
    unique (tenant_id, opinion_id),
    foreign key (tenant_id, compilation_id) references voter_compilation (tenant_id, id) on delete cascade,
    foreign key (tenant_id, opinion_id) references voter_opinion (tenant_id, id)
);
