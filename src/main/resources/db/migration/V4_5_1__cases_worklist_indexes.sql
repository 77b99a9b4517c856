-- Worklists in the order they are shown (due date, then the newest), so that a page reads only its own rows
-- (docs/performance.md, issue #8). By unit for a unit's officers; by tenant for those whose scope is most of it.
-- Open cases have their own small indexes: the lists without closed cases are the ones used all day.
-- building these over millions of rows wants memory: this migration only
set local maintenance_work_mem = '512MB';

create index citizen_case_unit_order on citizen_case (tenant_id, handling_unit_id, due_on, received_at desc);
create index citizen_case_unit_open_order on citizen_case (tenant_id, handling_unit_id, due_on, received_at desc)
    where closed_on is null;
create index citizen_case_open_order on citizen_case (tenant_id, due_on, received_at desc) where closed_on is null;
-- a unit's letters of a period: exports of a year or a quarter, counted before they start
create index citizen_case_unit_received on citizen_case (tenant_id, handling_unit_id, received_on);
-- the cases a unit forwarded on, listed with its own in "all in scope"
create index citizen_case_past_units on citizen_case using gin (past_unit_ids) where cardinality(past_unit_ids) > 0;
drop index if exists citizen_case_unit;
