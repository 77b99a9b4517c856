-- The answer deadline for the Front's recommendations (RULEBOOK §8.4, §16 item 6): no statutory number of days was
-- found in Luật MTTQ or NQLT 403/2017 art. 23 ("xem xét, trả lời … theo quy định của pháp luật"), and the deadline of
-- Quyết định 217-QĐ/TW is unconfirmed. A dated, configurable version tagged [U], set to 15 days by analogy with the
-- commune People's Committee's answer to the People's Inspection Board (Luật DCCS 2022 art. 40(1)); administrators
-- correct it in place once the official text is checked.

insert into legal_rule (id, area, sort_order, name_vi, name_en, trigger_vi, trigger_en, public_label_vi, public_label_en) values
('MTTQ-reply', 'FRONT', 725, 'Nơi được giám sát trả lời kiến nghị sau giám sát của Mặt trận',
 'The supervised body answers the Front''s recommendations after a supervision',
 'Ngày nhận được văn bản kiến nghị', 'Day the recommendation letter was received',
 'Kiến nghị của Mặt trận – hạn cơ quan được kiến nghị trả lời',
 'Front recommendation – time limit for the addressed body to answer');

insert into legal_rule_version (rule_id, version_no, valid_from, valid_to, source, confidence, configurable, note) values
('MTTQ-reply', 1, '2017-06-15', null,
 'Luật MTTQ 2015 (sửa đổi 2025) Điều 29; NQLT 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN Điều 23; QĐ 217-QĐ/TW (chưa xác minh)',
 'U', true,
 'RULEBOOK §8.4, §16 mục 6: luật không quy định số ngày trả lời kiến nghị của Mặt trận; tạm đặt 15 ngày như Luật DCCS Điều 40 khoản 1. Cần đối chiếu văn bản gốc.');

insert into legal_rule_term (rule_id, version_no, variant, kind, amount, unit, fixed_month, fixed_day, fixed_exclusive,
                             extensions_allowed, extension_amount) values
('MTTQ-reply', 1, '', 'WITHIN', 15, 'CALENDAR_DAYS', null, null, false, 0, 0);
