-- Every slot a scheduled job claimed (case_job_run keeps only the last one), with the node that claimed it and when
-- its run finished (null: the node stopped or failed before the end). Proves "once per slot across all nodes" and shows
-- a slot lost to a node that died mid-run. Global, like case_job_run: a job runs for all tenants at once.
-- About 35,000 rows a year at the default quarter-hour cron.
create table job_run_history
(
    name        text        not null,
    slot        text        not null,
    ran_by      text        not null,
    claimed_at  timestamptz not null,
    finished_at timestamptz,
    primary key (name, slot)
);
