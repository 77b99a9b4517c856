-- The days off announced for 2025 and 2026 (state bodies; Saturday and Sunday are the weekly rest).
-- 2025: Công văn 8726/VPCP-KGVX ngày 26/11/2024 (the Prime Minister's decision) and Thông báo 6150/TB-BLĐTBXH
--       (Bộ Lao động – Thương binh và Xã hội, 2024) carrying it out: Tết 27–31/1 (28 tháng Chạp to mùng 3),
--       30/4–4/5 with Friday 2/5 swapped for Saturday 26/4, Quốc khánh 1–2/9.
-- 2026: Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ): Tết 16–20/2 (29 tháng Chạp to mùng 4), Quốc khánh 1–2/9
--       with Monday 31/8 swapped for Saturday 22/8; Công văn 12729/VPCP-KGVX ngày 25/12/2025: Friday 2/1 swapped for
--       Saturday 10/1. Giỗ Tổ Hùng Vương (Sunday 26/4) gives Monday 27/4 off under Điều 111 khoản 3.
-- Not included: "Ngày Văn hóa Việt Nam" (24/11), whose addition to Điều 112 was still a draft amendment when this
-- was written; an administrator adds it on /admin/calendar once it is law.

insert into calendar_year (year, announced, legal_basis, version, updated_at, updated_by)
values (2025, true, 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', 1, now(), 'system'),
       (2026, true, 'Thông báo 9441/TB-BNV ngày 16/10/2025; Công văn 12729/VPCP-KGVX ngày 25/12/2025', 1, now(), 'system');

insert into calendar_special_day (day, year, kind, name, source)
values ('2025-01-01', 2025, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a'),
       ('2025-01-27', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (28 tháng Chạp)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH'),
       ('2025-01-28', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH'),
       ('2025-01-29', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 1 Tết)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH'),
       ('2025-01-30', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 2 Tết)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH'),
       ('2025-01-31', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 3 Tết)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH'),
       ('2025-04-07', 2025, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e'),
       ('2025-04-26', 2025, 'WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025', 'Thông báo 6150/TB-BLĐTBXH'),
       ('2025-04-30', 2025, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c'),
       ('2025-05-01', 2025, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d'),
       ('2025-05-02', 2025, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025', 'Thông báo 6150/TB-BLĐTBXH'),
       ('2025-09-01', 2025, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Thông báo 6150/TB-BLĐTBXH; Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ'),
       ('2025-09-02', 2025, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ'),

       ('2026-01-01', 2026, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a'),
       ('2026-01-02', 2026, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
       ('2026-01-10', 2026, 'WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
       ('2026-02-16', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-02-17', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 1 Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-02-18', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 2 Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-02-19', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 3 Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-02-20', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán (mùng 4 Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-04-26', 2026, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e'),
       ('2026-04-27', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù cho Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng ngày nghỉ hằng tuần 26/04/2026', 'Bộ luật Lao động 2019, Điều 111 khoản 3'),
       ('2026-04-30', 2026, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c'),
       ('2026-05-01', 2026, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d'),
       ('2026-08-22', 2026, 'WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-08-31', 2026, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
       ('2026-09-01', 2026, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Thông báo 9441/TB-BNV ngày 16/10/2025; Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ'),
       ('2026-09-02', 2026, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ');

update calendar_revision set revision = revision + 1 where id = 1;
