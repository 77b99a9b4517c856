-- The letters table only grows (ten million rows for a province's ten years), and PostgreSQL's default vacuums it after
-- inserts of a fifth of its size: two million letters at ten million. Until then the pages of new letters are not
-- marked all-visible, and the index-only reads of the statistics ("open cases due this month", V4_6_1) fetch every new
-- letter from the table: measured at 10,018,392 letters with 15,800 new ones, commune-year p50 97 ms, 20 ms after a
-- VACUUM (12 s; it skips the pages already all-visible). Vacuum after every 10,000 inserted letters whatever the size.
alter table citizen_case set (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000);
