-- Ingestion stores observations in batches of up to 10,000 rows in one statement. Two costs of that statement were
-- row by row and are made set-wise here:
--
-- 1. The foreign keys to indicator and jurisdiction ran one look-up with a KEY SHARE lock per row and key; concurrent
--    batches locking the same 200 indicator rows created multixacts. They took about a third of the statement.
--    The same guarantee is kept by one check per statement over the inserted rows (a transition table), and by
--    refusing to delete an indicator or jurisdiction that has observations (rows are only ever deactivated).
--    Keys of a stored observation are never updated (only value, source and receipt time), so inserts are enough.
-- 2. A superseded value was found by a second look-up of every incoming row; a row trigger on the (rare) update of
--    a value now moves the old value into the history instead.
alter table observation drop constraint observation_indicator_id_fkey;
alter table observation drop constraint observation_jurisdiction_id_fkey;

create function observation_check_references() returns trigger language plpgsql as $$
begin
    if exists (select 1 from (select distinct indicator_id from inserted) n
                where not exists (select 1 from indicator i where i.id = n.indicator_id)) then
        raise foreign_key_violation using message = 'observation refers to an indicator that does not exist';
    end if;
    if exists (select 1 from (select distinct jurisdiction_id from inserted) n
                where not exists (select 1 from jurisdiction j where j.id = n.jurisdiction_id)) then
        raise foreign_key_violation using message = 'observation refers to a jurisdiction that does not exist';
    end if;
    return null;
end
$$;

create trigger observation_references after insert on observation
    referencing new table as inserted for each statement execute function observation_check_references();

create function observation_refuse_delete_referenced() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'indicator' and exists (select 1 from observation where indicator_id = old.id) then
        raise foreign_key_violation using message = 'indicator ' || old.id || ' has observations; deactivate it instead';
    end if;
    if tg_table_name = 'jurisdiction' and exists (select 1 from observation where jurisdiction_id = old.id) then
        raise foreign_key_violation using message = 'jurisdiction ' || old.id || ' has observations; deactivate it instead';
    end if;
    return old;
end
$$;

-- (no index on observation.jurisdiction_id for this: jurisdictions are never deleted, only deactivated, so the
-- check runs only when someone tries, and a scan then is acceptable; every extra index slows ingestion.)
create trigger indicator_observations_kept before delete on indicator
    for each row execute function observation_refuse_delete_referenced();
create trigger jurisdiction_observations_kept before delete on jurisdiction
    for each row execute function observation_refuse_delete_referenced();

create function observation_keep_history() returns trigger language plpgsql as $$
begin
    insert into observation_history (observation_id, indicator_id, jurisdiction_id, period_start, value, source,
                                     received_at, superseded_at)
    values (old.id, old.indicator_id, old.jurisdiction_id, old.period_start, old.value, old.source, old.received_at,
            new.received_at);
    return new;
end
$$;

create trigger observation_history_kept before update of value on observation
    for each row when (old.value is distinct from new.value) execute function observation_keep_history();
