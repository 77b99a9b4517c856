-- Case statistics that stay fast at millions of cases (module reporting, issue #8).
--
-- A case is counted at the unit handling it now, with its current kind, channel and category. Its "signature"
-- (unit, kind, channel, category, received_on, closed_on, deadline) determines what it adds to each month:
--   received  +1 in the month of received_on;
--   closed    +1 in the month of closed_on, and there on time (closed_on <= deadline) or late (closed_on > deadline);
--   overdue   +1 in the month of deadline + 1 day (open and past its deadline from then on) and -1 in the month it
--             was closed, when it was closed late or is still open;
-- so that "open at the end of month M" = the sum of (received - closed) over every month up to M, and "open and
-- overdue at the end of month M" = the sum of overdue over every month up to M.
-- The trigger on citizen_case only appends signed signatures to case_stat_delta (no counter row is locked at intake);
-- reporting.CaseStatFold moves them into case_stat_month every few seconds; readers add the rollup and the deltas not
-- yet folded, so figures are exact right after a change.

-- The deadline a case had when it was closed: the cases module clears due_on when a case reaches a final state, so
-- the trigger keeps it here to tell on time from late (one row per closed case that had a deadline).
create table case_stat_deadline
(
    tenant_id uuid not null,
    case_id   uuid not null,
    due_on    date not null,
    primary key (tenant_id, case_id)
);

-- Signed signatures of cases, appended by the trigger and folded away by reporting.CaseStatFold (a queue).
create table case_stat_delta
(
    tenant_id     uuid     not null,
    seq           bigint   generated always as identity,
    sign          smallint not null check (sign in (-1, 1)),
    unit_id       uuid     not null,
    content_kind  text     not null,
    channel       text     not null,
    category_code text     not null,   -- '' = not classified by category
    received_on   date     not null,
    closed_on     date,
    due_on        date,                -- the deadline in force (open case) or at closing (closed case)
    primary key (tenant_id, seq)
);

-- The rollup, one row per unit, grain, month and value of one dimension: dim 'K' = content kind, 'C' = channel,
-- 'G' = category. Every case is counted once in each dimension, so the 'K' rows alone give the totals. Every flow is
-- counted twice: by month (grain 'M') and by year (grain 'Y', month = 1 January), so that a year (and the balance of
-- the years before it) is read from a few rows per unit.
create table case_stat_month
(
    tenant_id      uuid   not null,
    unit_id        uuid   not null,
    grain          char   not null check (grain in ('M', 'Y')),
    month          date   not null,   -- the first day of the month (grain M) or of the year (grain Y)
    dim            char   not null check (dim in ('K', 'C', 'G')),
    value          text   not null,
    received       bigint not null default 0,
    closed         bigint not null default 0,
    closed_on_time bigint not null default 0,
    closed_late    bigint not null default 0,
    overdue        bigint not null default 0,
    primary key (tenant_id, unit_id, grain, month, dim, value)
);

-- What a signature adds to each month and year and dimension (for the rollup, the fold and the readers alike).
create function case_stat_flows(kind text, channel text, category text, received date, closed date, due date)
    returns table (grain char, month date, dim char, value text, received int, closed int, closed_on_time int,
                   closed_late int, overdue int)
    language sql immutable parallel safe as
$$
select g.grain, case when g.grain = 'Y' then date_trunc('year', f.month)::date else f.month end,
       d.dim, d.value, f.received, f.closed, f.closed_on_time, f.closed_late, f.overdue
from (values (date_trunc('month', received)::date, 1, 0, 0, 0, 0),
             (date_trunc('month', closed)::date, 0, 1,
              case when due is not null and closed <= due then 1 else 0 end,
              case when closed > due then 1 else 0 end,
              case when closed > due then -1 else 0 end),
             (case when due is not null and (closed is null or closed > due)
                   then date_trunc('month', due + 1)::date end, 0, 0, 0, 0, 1))
         as f(month, received, closed, closed_on_time, closed_late, overdue)
         cross join (values ('K'::char, kind), ('C'::char, channel), ('G'::char, category)) as d(dim, value)
         cross join (values ('M'::char), ('Y'::char)) as g(grain)
where f.month is not null
$$;

create function case_stat_track() returns trigger
    language plpgsql as
$$
declare
    old_due date;
    new_due date;
begin
    if tg_op <> 'INSERT' then
        old_due := old.due_on;
        if old.closed_on is not null then
            select coalesce(s.due_on, old.due_on) into old_due
            from case_stat_deadline s where s.tenant_id = old.tenant_id and s.case_id = old.id;
            old_due := coalesce(old_due, old.due_on);
        end if;
    end if;
    if tg_op <> 'DELETE' then
        new_due := new.due_on;
        if new.closed_on is not null then
            if tg_op = 'UPDATE' and old.closed_on is null and old.due_on is not null then
                -- closing now: keep the deadline in force just before
                insert into case_stat_deadline (tenant_id, case_id, due_on) values (new.tenant_id, new.id, old.due_on)
                on conflict (tenant_id, case_id) do update set due_on = excluded.due_on;
                new_due := old.due_on;
            elsif tg_op = 'UPDATE' and old.closed_on is not null then
                new_due := coalesce(old_due, new.due_on);
            end if;
        elsif tg_op = 'UPDATE' and old.closed_on is not null then
            delete from case_stat_deadline where tenant_id = new.tenant_id and case_id = new.id;
        end if;
    else
        delete from case_stat_deadline where tenant_id = old.tenant_id and case_id = old.id;
    end if;
    if tg_op = 'INSERT' then
        insert into case_stat_delta (tenant_id, sign, unit_id, content_kind, channel, category_code, received_on,
                                     closed_on, due_on)
        values (new.tenant_id, 1, new.handling_unit_id, new.content_kind, new.channel, coalesce(new.category_code, ''),
                new.received_on, new.closed_on, new_due);
    elsif tg_op = 'DELETE' then
        insert into case_stat_delta (tenant_id, sign, unit_id, content_kind, channel, category_code, received_on,
                                     closed_on, due_on)
        values (old.tenant_id, -1, old.handling_unit_id, old.content_kind, old.channel, coalesce(old.category_code, ''),
                old.received_on, old.closed_on, old_due);
    else
        insert into case_stat_delta (tenant_id, sign, unit_id, content_kind, channel, category_code, received_on,
                                     closed_on, due_on)
        values (old.tenant_id, -1, old.handling_unit_id, old.content_kind, old.channel, coalesce(old.category_code, ''),
                old.received_on, old.closed_on, old_due),
               (new.tenant_id, 1, new.handling_unit_id, new.content_kind, new.channel, coalesce(new.category_code, ''),
                new.received_on, new.closed_on, new_due);
    end if;
    return null;
end
$$;

create trigger case_stat_insert_delete
    after insert or delete on citizen_case
    for each row execute function case_stat_track();

-- Only changes that move a figure: most updates of a case (steps, watch, assignee) append nothing.
create trigger case_stat_update
    after update of handling_unit_id, content_kind, channel, category_code, received_on, closed_on, due_on
    on citizen_case
    for each row
    when (old.handling_unit_id is distinct from new.handling_unit_id
        or old.content_kind is distinct from new.content_kind
        or old.channel is distinct from new.channel
        or old.category_code is distinct from new.category_code
        or old.received_on is distinct from new.received_on
        or old.closed_on is distinct from new.closed_on
        or (new.closed_on is null and old.due_on is distinct from new.due_on))
    execute function case_stat_track();

-- Backfill from the cases already there, in this transaction (no case can change in between: the triggers exist
-- from here on). One set-based pass: cases with the same signature are counted together first.
-- Cases closed before this migration have no recorded deadline: they count as closed, neither on time nor late.
-- Signatures are grouped by month first (dates only matter by month once the deadline comparison is done).
set local work_mem = '256MB';
insert into case_stat_month (tenant_id, unit_id, grain, month, dim, value, received, closed, closed_on_time,
                             closed_late, overdue)
select g.tenant_id, g.handling_unit_id, f.grain, f.month, f.dim, f.value,
       sum(g.n * f.received), sum(g.n * f.closed), sum(g.n * f.closed_on_time), sum(g.n * f.closed_late),
       sum(g.n * f.overdue)
from (select tenant_id, handling_unit_id, content_kind, channel, coalesce(category_code, '') category_code,
             date_trunc('month', received_on)::date received_on, date_trunc('month', closed_on)::date closed_on,
             -- an open case's deadline only matters by the month after which it is overdue
             case when closed_on is null then date_trunc('month', due_on + 1)::date - 1 end due_on, count(*) n
      from citizen_case
      group by 1, 2, 3, 4, 5, 6, 7, 8) g
         cross join lateral case_stat_flows(g.content_kind, g.channel, g.category_code, g.received_on, g.closed_on,
                                            g.due_on) f
group by 1, 2, 3, 4, 5, 6;
