-- The supervision ladder (reminders, urging 催办, supervision notices 督办单, escalation). Each step is taken once per
-- task and deadline: supervision_ladder_step's key makes a second attempt (another node, a redelivered pass) a no-op,
-- and a deadline moved by an approved extension starts a fresh ladder.
create table supervision_ladder_step (
    task_id   bigint       not null references supervision_task (id),
    deadline  date         not null,
    step      varchar(20)  not null,
    days      int          not null,
    taken_on  date         not null,
    taken_at  timestamptz  not null,
    primary key (task_id, deadline, step)
);

-- Where each open task stands on its ladder: the deadline it was last looked at for and the day its next rung falls
-- due (null at the top). The timer pass visits only tasks whose day has come or whose deadline changed.
create table supervision_ladder (
    task_id   bigint       primary key references supervision_task (id),
    deadline  date         not null,
    next_on   date,
    updated_at timestamptz not null default now()
);
create index supervision_ladder_next_idx on supervision_ladder (next_on) where next_on is not null;

-- Supervision notices, numbered <prefix>-<year>-<sequence> without gaps: the counter row of the year is taken in the
-- issuing transaction, so a rolled-back issue gives its number back.
create table supervision_notice_counter (
    year  int primary key,
    last  int not null
);

create table supervision_notice (
    id               bigserial    primary key,
    number           varchar(40)  not null unique,
    year             int          not null,
    sequence         int          not null,
    task_id          bigint       not null references supervision_task (id),
    deadline         date         not null,
    days_overdue     int          not null,
    lead_unit_id     bigint       not null references unit (id),
    issued_on        date         not null,
    issued_at        timestamptz  not null,
    reply_due        date         not null,
    answered_at      timestamptz,
    answered_by      varchar(100),
    answer           text,
    answer_late      boolean,
    unique (year, sequence),
    unique (task_id, deadline),
    check (answered_at is null or (answer is not null and answered_by is not null))
);
create index supervision_notice_task_idx on supervision_notice (task_id, id);
create index supervision_notice_open_idx on supervision_notice (reply_due) where answered_at is null;
