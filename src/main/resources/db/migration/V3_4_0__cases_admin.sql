-- cases: the routing table and the subject categories edited by administrators (issue #4 items 2 and 4).

-- Categories are edited with optimistic locking, like the routing rows.
alter table case_category add column version int not null default 0;

-- One routing row per (category, kind, place): a second identical row could never win, it would only confuse.
create unique index case_routing_rule_once on case_routing_rule (tenant_id, coalesce(category_code, ''),
    coalesce(content_kind, ''), coalesce(place_unit_id, '00000000-0000-0000-0000-000000000000'::uuid));
