-- When an incident moves to another jurisdiction its chain is rebuilt for the new place. The steps of the earlier
-- place that the new chain does not share are kept as history (with their confirmations and overdue marks), marked
-- superseded; only the steps in force are unique per level, confirmed, timed and counted as overdue.
alter table incident_report_step add column superseded_at timestamptz;
alter table incident_report_step drop constraint incident_report_step_incident_id_level_key;
create unique index incident_report_step_level_idx on incident_report_step (incident_id, level)
    where superseded_at is null;
drop index incident_step_due_idx;
create index incident_step_due_idx on incident_report_step (due_at)
    where confirmed_at is null and overdue_at is null and superseded_at is null;
