-- Case statistics (reporting.CaseStatistics): "overdue at the end" of a period that has not ended yet leaves out the
-- open cases whose deadline has not passed today; this partial index (open cases only) answers that from the index
-- alone, without reading the cases.
create index citizen_case_open_due_stat on citizen_case (tenant_id, due_on) include (handling_unit_id, content_kind)
    where closed_on is null and due_on is not null;
