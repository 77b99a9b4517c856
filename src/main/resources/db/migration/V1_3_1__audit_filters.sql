-- Indexes for the audit log page's filters, ordered by seq so that a filtered page is read newest first by keyset
-- (seq < :before) without sorting: a record's history, and what one person did. Filters by action or date alone
-- use the primary key (tenant_id, seq) or audit_entry_time_idx.
drop index audit_entry_entity_idx;
create index audit_entry_entity_idx on audit_entry (tenant_id, entity_type, entity_id, seq);
create index audit_entry_actor_idx on audit_entry (tenant_id, lower(actor), seq);
