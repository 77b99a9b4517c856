-- cases: the units that held a case before it was forwarded inside the province or moved after a reorganisation.
-- Staff of those units may still read the case (they issued its forwarding letter), but only its current unit acts.
alter table citizen_case add column past_unit_ids uuid[] not null default '{}';
