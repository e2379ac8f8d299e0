-- Indexes for the supervision board and scorecard (bench/run.sh supervision: 50,000 tasks, 500,000 history entries).
-- The board reads open tasks only, by the lead unit's jurisdiction (a city's board reads a twentieth of them).
create index supervision_task_open_lead_path_idx on supervision_task (lead_jurisdiction_path text_pattern_ops)
    include (status, lead_unit_id, deadline, submitted_at, jurisdiction_path, priority, source_type)
    where status in ('ASSIGNED', 'OBJECTED', 'ACCEPTED', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK');
-- The scorecard counts extension decisions, submissions, sendings back and objections per task: an index of kind and
-- task (with the unit) answers that without reading the history's rows.
create index supervision_task_event_kind_task_idx on supervision_task_event (kind, task_id) include (unit_id);
-- The marker that tells the kept boards and scorecards that a task changed: the last update of any task.
create index supervision_task_updated_idx on supervision_task (updated_at);
