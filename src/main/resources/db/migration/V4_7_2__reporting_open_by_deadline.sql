-- Case statistics (reporting.CaseStatistics, issue #8): "overdue at the end" of a period that has not ended yet leaves
-- out the open cases whose deadline has not passed today. That count was read from the cases themselves (V4_6_1), so
-- it grew with the open cases due in the rest of the period: 295 ms for a commune with 700,000 open letters received
-- in one week (a benchmark's letters; measured 24/11/2026). It is now read from a rollup as small as the calendar:
-- open cases by handling unit, kind and deadline, folded from case_stat_delta by reporting.CaseStatFold with the
-- monthly rollup, and read with the deltas not yet folded (as case_stat_month is).
create table case_open_due
(
    tenant_id    uuid   not null,
    unit_id      uuid   not null,
    due_on       date   not null,
    content_kind text   not null,
    open         bigint not null,
    primary key (tenant_id, unit_id, due_on, content_kind)
);

-- rows that fell to zero, for the fold to remove
create index case_open_due_empty on case_open_due (tenant_id) where open = 0;

-- Backfill: the open cases now, less what the deltas still waiting to be folded will add (the fold adds them). One
-- statement, so that both are read in one snapshot; a case changed afterwards appends its delta afterwards.
insert into case_open_due (tenant_id, unit_id, due_on, content_kind, open)
select tenant_id, unit_id, due_on, content_kind, sum(n)
from (select tenant_id, handling_unit_id unit_id, due_on, content_kind, count(*) n
      from citizen_case
      where closed_on is null and due_on is not null
      group by 1, 2, 3, 4
      union all
      select tenant_id, unit_id, due_on, content_kind, -sum(sign)
      from case_stat_delta
      where closed_on is null and due_on is not null
      group by 1, 2, 3, 4) counted
group by 1, 2, 3, 4
having sum(n) <> 0;
