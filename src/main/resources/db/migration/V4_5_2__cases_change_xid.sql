-- Every change of a letter carries the id of the transaction that made it, so that the search index of each
-- application node (cases.CaseSearchIndex) can read what changed since it last looked: rows whose transaction id is at
-- least the oldest transaction that was still running then. Transactions that commit out of order are read again,
-- never missed. Rows older than this migration have no id; the index reads them when it is built.
alter table citizen_case add column change_xid xid8;

create function lamchu_case_changed() returns trigger
    language plpgsql
as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger citizen_case_changed before insert or update on citizen_case
    for each row execute function lamchu_case_changed();

create index citizen_case_change_xid on citizen_case (change_xid) where change_xid is not null;

-- Which database a node's search index was built from: a database restored or created anew has another epoch, and
-- an index built from another one is rebuilt (its transaction ids mean nothing here). Technical, not tenant data.
create table case_search_epoch (epoch uuid not null);
insert into case_search_epoch (epoch) values (gen_random_uuid());
