-- cases: nothing is left orphaned (issue #4 item 4): notices that tell a unit's leaders about work that reached
-- them because a unit ended or an officer left.

-- MOVED_IN: open cases of a unit that ended arrived at its successor; RETURNED_TO_POOL: an officer who left or was
-- disabled had cases that are back in the unit's pool, to be assigned again.
alter table case_notice drop constraint case_notice_kind_check;
alter table case_notice add constraint case_notice_kind_check check (kind in ('DUE_SOON', 'OVERDUE', 'RATED_POOR',
    'ASSIGNED', 'AWAITING_APPROVAL', 'MOVED_IN', 'RETURNED_TO_POOL'));
