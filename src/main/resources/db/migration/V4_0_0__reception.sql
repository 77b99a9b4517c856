-- Citizen reception (RULEBOOK §1, §7, §15.2): leaders' reception schedules, reception sessions and the reception book
-- (sổ tiếp công dân, Luật Tiếp công dân 2013, Điều 25 khoản 2; Thông tư 04/2021/TT-TTCP Mẫu số 03), and direct
-- dialogues (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32). Every matter raised becomes a case through the cases
-- module's intake; these tables keep only the link (case id and number), never case data.
-- Visitors' names, addresses and ID numbers are encrypted (platform.SecretBox, purpose "reception.visitor").

create table reception_schedule
(
    tenant_id       uuid        not null,
    id              uuid        not null,
    keeping_unit_id uuid        not null,   -- the unit that organises the reception and keeps the book (Văn phòng)
    post_unit_id    uuid        not null,   -- the unit in which the receiving post is held (Đảng ủy, UBND, HĐND …)
    post            text        not null,   -- org.Post
    rule_id         text        not null references legal_rule (id),   -- the frequency rule the schedule honours
    pattern_kind    text        not null check (pattern_kind in ('MONTH_DAYS', 'WEEKDAY')),
    month_days      int[],                  -- MONTH_DAYS: days of the month, each "or the next working day"
    weekday         int check (weekday between 1 and 7),   -- WEEKDAY: ISO day of week
    place           text        not null,
    hours           text        not null,
    active          boolean     not null default true,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    check ((pattern_kind = 'MONTH_DAYS') = (month_days is not null)),
    check ((pattern_kind = 'WEEKDAY') = (weekday is not null))
);

create index reception_schedule_unit on reception_schedule (tenant_id, keeping_unit_id);

create table reception_session
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    keeping_unit_id  uuid        not null,
    schedule_id      uuid,                   -- the leader's schedule it belongs to; null: another receiver
    scheduled        boolean     not null,   -- false: an unscheduled (extraordinary) session
    session_date     date        not null,
    status           text        not null check (status in ('SCHEDULED', 'HELD', 'CONCLUDED')),
    receiver_name    text,                   -- who receives (the post holder on the day), as written
    receiver_title   text        not null,   -- "Chủ tịch UBND xã Tân Phú"
    place            text        not null,
    hours            text,
    rule_id          text,                   -- the frequency rule a scheduled session counts for
    published_on     date,                   -- when the schedule was posted (TCD-24)
    publish_latest   date,                   -- the last day it could be posted in time (TCD-24)
    published_late   boolean     not null default false,
    held_at          timestamptz,
    conclusion       text,                   -- thông báo kết luận: the leader's conclusions
    concluded_on     date,
    created_at       timestamptz not null,
    version          int         not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, schedule_id) references reception_schedule (tenant_id, id)
);

create unique index reception_session_day on reception_session (tenant_id, schedule_id, session_date)
    where scheduled;
create index reception_session_unit on reception_session (tenant_id, keeping_unit_id, session_date);

create table reception_visit
(
    tenant_id        uuid        not null,
    session_id       uuid        not null,
    id               uuid        not null,
    name_enc         text        not null,   -- the visitor, or for a delegation its first representative
    address_enc      text        not null,
    id_number_enc    text,
    phone_enc        text,
    persons          int         not null check (persons between 1 and 10000),   -- delegation: five or more
    representatives_enc text,                -- a delegation's other representatives, one per line
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, session_id) references reception_session (tenant_id, id)
);

create index reception_visit_session on reception_visit (tenant_id, session_id);

create table reception_matter
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    session_id       uuid        not null,
    visit_id         uuid        not null,
    position         int         not null,
    content_kind     text        not null,
    title            text        not null,
    prior_handling   text,                   -- cơ quan đã giải quyết (column 7)
    spot_answer      text,                   -- what the receiver answered on the spot
    case_id          uuid        not null,   -- the case the intake created (cases module)
    case_number      text        not null,
    notice_due       date        not null,   -- TCD-28: the written notice is due by this day
    notice_rule      text        not null,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, visit_id) references reception_visit (tenant_id, id),
    foreign key (tenant_id, session_id) references reception_session (tenant_id, id)
);

create index reception_matter_session on reception_matter (tenant_id, session_id);

create table reception_dialogue
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    unit_id          uuid        not null,   -- the commune People's Committee (or Party committee) holding it
    held_on          date        not null,
    chair_name       text        not null,
    chair_title      text        not null,
    topic            text        not null,
    place            text        not null,
    participants     text        not null,   -- who took part (the Front, the BTTND, the people …)
    attendance       int         not null check (attendance between 1 and 100000),
    minutes          text,                   -- biên bản: what was said and concluded
    created_at       timestamptz not null,
    primary key (tenant_id, id)
);

create index reception_dialogue_unit on reception_dialogue (tenant_id, unit_id, held_on);

create table reception_dialogue_question
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    dialogue_id      uuid        not null,
    position         int         not null,
    asker            text        not null,
    question         text        not null,
    answer           text,                   -- answered on the spot; null: answered later through the case
    case_id          uuid        not null,
    case_number      text        not null,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, dialogue_id) references reception_dialogue (tenant_id, id)
);

-- The People's Council's reception frequency is not in the rule seeds (RULEBOOK §1.1: Luật Tiếp công dân 2013,
-- Điều 22 khoản 2–3 says where and that the HĐND Chair arranges the schedules; the frequency in Nghị quyết
-- 759/2014/UBTVQH13 was not verified, [U]). Added as a dated, configurable rule (national reference data, no tenant).
insert into legal_rule (id, area, sort_order, name_vi, name_en, trigger_vi, trigger_en, public_label_vi, public_label_en) values
('TCD-HDND-commune', 'RECEPTION', 155, 'Chủ tịch, đại biểu HĐND cấp xã tiếp công dân theo lịch',
 'The commune People''s Council Chair and deputies receive citizens on schedule', 'Mỗi tháng', 'Each calendar month',
 null, null);

insert into legal_rule_version (rule_id, version_no, valid_from, valid_to, source, confidence, configurable, note) values
('TCD-HDND-commune', 1, '2014-07-01', null,
 'Luật Tiếp công dân 2013, Điều 22 khoản 2–3; Nghị quyết 759/2014/UBTVQH13 (tần suất chưa đối chiếu)', 'U', true,
 'RULEBOOK §1.1: tần suất tiếp công dân của HĐND cấp xã chưa được xác nhận; tạm đặt ít nhất 1 ngày mỗi tháng, quản trị có thể sửa.');

insert into legal_rule_term (rule_id, version_no, variant, kind, amount, unit, fixed_month, fixed_day, fixed_exclusive,
                             extensions_allowed, extension_amount) values
('TCD-HDND-commune', 1, '', 'AT_LEAST_PER_PERIOD', 1, 'MONTHS', null, null, false, 0, 0);
