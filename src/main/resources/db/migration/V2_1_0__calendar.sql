-- The national working-day calendar (Bộ luật Lao động 2019, Điều 111–112): public holidays, compensatory days off
-- and the government's yearly swaps. It is the same for every jurisdiction, so these are national reference tables
-- WITHOUT tenant_id (replicated to every node under Citus). A year with no row here is computed on demand from the
-- law (vn.lamchu.rules.calendar.HolidayDefaults); a row appears when the year is seeded or edited.

create table calendar_year
(
    year        int         not null primary key check (year between 1900 and 2199),
    -- whether the list follows the government's announcement (then legal_basis names it)
    announced   boolean     not null default false,
    legal_basis text,
    version     bigint      not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    check (not announced or legal_basis is not null)
);

create table calendar_special_day
(
    day    date not null primary key,
    year   int  not null references calendar_year (year) on delete cascade,
    kind   text not null check (kind in ('PUBLIC_HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF', 'WORKING_DAY')),
    name   text not null,
    source text not null,
    check (extract(year from day) = year),
    -- a worked day replaces a weekend day; a compensatory or swapped day off replaces a weekday
    check (kind <> 'WORKING_DAY' or extract(isodow from day) in (6, 7)),
    check (kind not in ('COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF') or extract(isodow from day) between 1 and 5)
);
create index calendar_special_day_year_idx on calendar_special_day (year);

-- One counter bumped by every change, so that each node can cheaply notice changes made on another node.
create table calendar_revision
(
    id       int    not null primary key check (id = 1),
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 0);
