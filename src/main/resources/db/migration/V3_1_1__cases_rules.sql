-- Two deadlines the letter-handling and feedback procedures need, as dated, configurable rule data (RULEBOOK §2.3, §5.3).
-- Both are unconfirmed ([M]/[U], RULEBOOK §16 items 1 and 16): administrators may correct them in place.

insert into legal_rule (id, area, sort_order, name_vi, name_en, trigger_vi, trigger_en, public_label_vi, public_label_en) values
('XLD-handle', 'RECEPTION', 170, 'Xử lý đơn (phân loại và quyết định hướng xử lý)', 'Handling a letter (classification and outcome)',
 'Ngày nhận được đơn', 'Day the letter was received',
 'Đơn gửi đến cơ quan – hạn được thông báo hướng xử lý', 'Letter to an agency – time limit to be told how it is handled'),
('PAKN-answer', 'FEEDBACK', 610, 'Trả lời phản ánh, kiến nghị', 'Answering feedback or a recommendation',
 'Ngày nhận xử lý phản ánh, kiến nghị thuộc thẩm quyền', 'Day the feedback within competence was taken up',
 'Phản ánh, kiến nghị – hạn được trả lời', 'Feedback or recommendation – time limit to be answered');

insert into legal_rule_version (rule_id, version_no, valid_from, valid_to, source, confidence, configurable, note) values
('XLD-handle', 1, '2021-10-15', null, 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)', 'U', true,
 'RULEBOOK §2.3, §16 mục 1: thời hạn 10 ngày làm việc kể từ ngày nhận đơn được phổ biến rộng rãi nhưng chưa đối chiếu văn bản gốc.'),
('PAKN-answer', 1, '2008-03-03', null, 'Nghị định 20/2008/NĐ-CP; quy chế của địa phương', 'U', true,
 'RULEBOOK §5.3, §16 mục 16: không có thời hạn chung do luật định cho việc trả lời; nhiều tỉnh quy định 10–15 ngày làm việc. Có thể đặt riêng theo lĩnh vực.');

insert into legal_rule_term (rule_id, version_no, variant, kind, amount, unit, fixed_month, fixed_day, fixed_exclusive,
                             extensions_allowed, extension_amount) values
('XLD-handle', 1, '', 'WITHIN', 10, 'WORKING_DAYS', null, null, false, 0, 0),
('PAKN-answer', 1, '', 'WITHIN', 15, 'WORKING_DAYS', null, null, false, 0, 0);
