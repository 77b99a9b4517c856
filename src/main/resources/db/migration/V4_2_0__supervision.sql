-- The people supervise (RULEBOOK §8): the Fatherland Front's supervision programmes, the People's Inspection Board's
-- inspections and community investment supervision share one table of supervisions, one recommendation tracker that
-- follows every recommendation to its answer, and escalates it once when it is not answered in time.
-- Every row is tenant data: tenant_id first in every key.

create table sv_plan
(
    tenant_id     uuid        not null,
    id            uuid        not null,
    owner_unit_id uuid        not null,                     -- the Front committee, the inspection board or the investment board
    body          text        not null check (body in ('FRONT', 'INSPECTION_BOARD', 'COMMUNITY_INVESTMENT')),
    year          int         not null check (year between 2000 and 2100),
    title         text        not null check (char_length(title) between 1 and 500),
    adopted_on    date,                                     -- made in Q4 of the year before (NQLT 403/2017 art. 3)
    published     boolean     not null default false,
    created_at    timestamptz not null,
    created_by    text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, owner_unit_id) references org_unit (tenant_id, id)
);
create index sv_plan_owner on sv_plan (tenant_id, owner_unit_id, year);

create table sv_supervision
(
    tenant_id          uuid        not null,
    id                 uuid        not null,
    plan_id            uuid        not null,
    owner_unit_id      uuid        not null,                -- whose programme it belongs to
    leading_unit_id    uuid        not null,                -- who leads (chủ trì): the Front, a member organisation, or another body
    role               text        not null check (role in ('LEAD', 'TAKE_PART')),
    form               text        not null check (form in ('REPORTS', 'TEAM', 'OTHER_BODY', 'FEEDBACK', 'INSPECTION',
                                                            'INVESTMENT')),
    title              text        not null check (char_length(title) between 1 and 500),
    topic              text        not null check (char_length(topic) between 1 and 4000),
    subject_unit_id    uuid        not null,                -- the supervised body
    subject_people     text,                                -- post-holders supervised, one per line
    team               text,                                -- team members, one per line ("Họ tên – chức vụ")
    session_on         date,                                -- the planned working session (or, for an inspection, its start)
    notice_sent_on     date,
    report_received_on date,
    session_held_on    date,
    team_report_on     date,
    conclusion         text,
    concluded_on       date,
    project_progress   int check (project_progress between 0 and 100),
    status             text        not null check (status in ('PLANNED', 'NOTIFIED', 'HELD', 'REPORTED', 'CONCLUDED')),
    created_at         timestamptz not null,
    created_by         text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, plan_id) references sv_plan (tenant_id, id),
    foreign key (tenant_id, owner_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, leading_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, subject_unit_id) references org_unit (tenant_id, id)
);
create index sv_supervision_plan on sv_supervision (tenant_id, plan_id);

create table sv_recommendation
(
    tenant_id         uuid        not null,
    id                uuid        not null,
    number            int         not null,               -- per tenant, shown as "KN-12"
    source            text        not null check (source in ('FRONT', 'INSPECTION_BOARD', 'COMMUNITY_INVESTMENT')),
    supervision_id    uuid,
    issuing_unit_id   uuid        not null,
    addressed_unit_id uuid        not null,
    text              text        not null check (char_length(text) between 1 and 4000),
    sent_on           date        not null,
    rule_id           text        not null,               -- legal_rule.id of the answer deadline
    rule_version      int         not null,
    due_on            date        not null,
    status            text        not null check (status in ('AWAITING', 'ANSWERED', 'ASSESSED')),
    answer            text,
    answered_on       date,
    answered_by       text,
    assessment        text check (assessment in ('ACCEPTED', 'PARTLY', 'REJECTED')),
    assessment_reason text,
    assessed_on       date,
    follow_up         text,                               -- what the follow-up supervision is to check
    case_id           uuid,                               -- the case opened through the intake for a finding about a person
    created_at        timestamptz not null,
    created_by        text        not null,
    primary key (tenant_id, id),
    unique (tenant_id, number),
    foreign key (tenant_id, supervision_id) references sv_supervision (tenant_id, id),
    foreign key (tenant_id, issuing_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, addressed_unit_id) references org_unit (tenant_id, id)
);
create index sv_recommendation_awaiting on sv_recommendation (tenant_id, due_on) where status = 'AWAITING';
create index sv_recommendation_supervision on sv_recommendation (tenant_id, supervision_id);

-- A reminder and an escalation happen at most once per recommendation: the primary key makes the watch idempotent.
create table sv_recommendation_event
(
    tenant_id         uuid        not null,
    recommendation_id uuid        not null,
    kind              text        not null check (kind in ('REMINDER', 'ESCALATION')),
    happened_on       date        not null,
    superior_unit_id  uuid,
    party_unit_id     uuid,
    recorded_at       timestamptz not null,
    primary key (tenant_id, recommendation_id, kind),
    foreign key (tenant_id, recommendation_id) references sv_recommendation (tenant_id, id)
);

create table sv_notice
(
    tenant_id  uuid        not null,
    id         uuid        not null,
    unit_id    uuid        not null,                      -- the unit whose staff are told
    subject_id uuid        not null,                      -- the recommendation, or the supervision for TEAM_REPORT_LATE
    kind       text        not null check (kind in ('REMINDER', 'ESCALATION', 'ANSWERED', 'TEAM_REPORT_LATE')),
    created_on date        not null,
    read_at    timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, unit_id, subject_id, kind),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);
create index sv_notice_unit on sv_notice (tenant_id, unit_id);

create table sv_board_member
(
    tenant_id     uuid        not null,
    id            uuid        not null,
    board_unit_id uuid        not null,
    full_name     text        not null check (char_length(full_name) between 1 and 200),
    position      text        not null check (position in ('HEAD', 'DEPUTY', 'MEMBER')),
    village       text,                                   -- the village or residential group that elected the member
    term_from     date        not null,
    term_to       date,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, board_unit_id) references org_unit (tenant_id, id)
);

create table sv_critique
(
    tenant_id        uuid        not null,
    id               uuid        not null,
    front_unit_id    uuid        not null,
    drafting_unit_id uuid        not null,
    draft_title      text        not null check (char_length(draft_title) between 1 and 500),
    received_on      date        not null,
    submission_on    date        not null,                -- when the draft goes to the adopting body
    form             text        not null check (form in ('MEETING', 'WRITTEN', 'DIALOGUE')),
    opinion          text,
    critique_on      date,
    reply            text,
    reply_on         date,
    created_at       timestamptz not null,
    created_by       text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, front_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, drafting_unit_id) references org_unit (tenant_id, id)
);
