-- Complaints and denunciations (RULEBOOK §3, §4, §15.2): the legal procedure of a case once its letter is proposed for
-- acceptance. Its state (stage, instance, dates, findings, result, extensions, suspensions …) is kept as JSON with the
-- case (cases.Proceeding); the stage, and the day a decision or conclusion was published, are columns for worklists
-- and the public list.

alter table citizen_case
    add column proceeding           jsonb,
    add column legal_stage          text,
    add column pending_act          jsonb,   -- a signed step of the procedure awaiting the leader
    add column decision_published_on date;   -- a second-instance complaint decision or a denunciation conclusion made public

create index citizen_case_legal_stage on citizen_case (tenant_id, legal_stage) where legal_stage is not null;
create index citizen_case_decision_published on citizen_case (tenant_id, decision_published_on desc)
    where decision_published_on is not null;

-- The notice before a complaint dialogue. Luật Khiếu nại 2011, Điều 30 khoản 2 requires a notice of time, place and
-- content without a number of days; from 1/7/2026 at least 5 days (Nghị định 155/2026/NĐ-CP, Điều 28, RULEBOOK §3.5 [U]).
insert into legal_rule (id, area, sort_order, name_vi, name_en, trigger_vi, trigger_en, public_label_vi, public_label_en) values
('KN-dialogue', 'COMPLAINT', 225, 'Thông báo đối thoại khi giải quyết khiếu nại', 'Notice of a complaint dialogue',
 'Ngày tổ chức đối thoại', 'Day of the dialogue', null, null);

insert into legal_rule_version (rule_id, version_no, valid_from, valid_to, source, confidence, configurable, note) values
('KN-dialogue', 1, '2012-07-01', '2026-07-01', 'Luật Khiếu nại 2011, Điều 30 khoản 2', 'V', false,
 'Luật chỉ yêu cầu thông báo bằng văn bản về thời gian, địa điểm, nội dung đối thoại, không quy định số ngày; ở đây: ít nhất trước 1 ngày.'),
('KN-dialogue', 2, '2026-07-01', null, 'Nghị định 155/2026/NĐ-CP, Điều 28 (sửa đổi Nghị định 124/2020/NĐ-CP)', 'U', true,
 'RULEBOOK §3.5: thông báo trước ít nhất 5 ngày; chưa đối chiếu Công báo.');

insert into legal_rule_term (rule_id, version_no, variant, kind, amount, unit, fixed_month, fixed_day, fixed_exclusive,
                             extensions_allowed, extension_amount) values
('KN-dialogue', 1, '', 'AT_LEAST_BEFORE', 1, 'CALENDAR_DAYS', null, null, false, 0, 0),
('KN-dialogue', 2, '', 'AT_LEAST_BEFORE', 5, 'CALENDAR_DAYS', null, null, false, 0, 0);
