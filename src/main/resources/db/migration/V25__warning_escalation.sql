-- Escalation and reminders of warnings, run by a poller that locks due rows with FOR UPDATE SKIP LOCKED.
-- escalation_due_from: when the current acknowledgement deadline started (null: raised_at); reset when a
-- warning is reopened for acknowledgement. escalation_level counts the steps up the tree; escalated_to_path
-- is the jurisdiction it is escalated to now (null: not escalated).
-- reminders_sent counts REMINDED steps; next_reminder_at is when the next one is due (null: the first one,
-- due the first configured age after raised_at).
alter table warning
    add column escalation_level    int not null default 0,
    add column escalated_to_path   text,
    add column escalation_due_from timestamptz,
    add column reminders_sent      int not null default 0,
    add column next_reminder_at    timestamptz;

-- The jurisdiction an ESCALATED step escalated to.
alter table warning_step add column target_path text;

create index warning_open_idx on warning (id) where state = 'OPEN';
