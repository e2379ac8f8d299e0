-- Supervision tasks (督办事项): work assigned to member units with a deadline, supervised until the assigning side
-- has verified it. The history (supervision_task_event) is the record the ladder, the board and the scorecards read.

-- Objection types a unit chooses from when it does not accept a task; administrators may add and deactivate them.
create table supervision_objection_type (
    code       varchar(64)  primary key check (code ~ '^[A-Z0-9][A-Z0-9_]*$'),
    name_en    varchar(200),
    name_zh    varchar(200),
    position   int          not null default 0,
    active     boolean      not null default true,
    check (name_en is not null or name_zh is not null)
);
insert into supervision_objection_type (code, name_en, name_zh, position) values
    ('NOT_OUR_RESPONSIBILITY', 'Not our responsibility', '不属于本单位职责', 1),
    ('NEEDS_RESOURCES', 'Needs resources we do not have', '需要协调资源', 2),
    ('DEADLINE_NOT_FEASIBLE', 'Deadline not feasible', '完成时限不可行', 3),
    ('OTHER', 'Other', '其他', 9);

create table supervision_task (
    id                     bigserial    primary key,
    version                int          not null default 0,
    title_en               varchar(300),
    title_zh               varchar(300),
    description            text,
    -- where the task comes from: MEETING_DECISION, DIRECTIVE, LEADER_INSTRUCTION, INCIDENT_RECTIFICATION,
    -- INSPECTION_FINDING or NONE; source_id is the record's id in its module, source_ref what people call it
    source_type            varchar(40)  not null default 'NONE',
    source_id              bigint,
    source_ref             varchar(200),
    -- the assigning side: its jurisdiction (scope of the supervisors) and optionally its unit
    jurisdiction_id        bigint       not null references jurisdiction (id),
    jurisdiction_path      text         not null,
    assigning_unit_id      bigint       references unit (id),
    -- the lead unit and the path of its jurisdiction (boards by jurisdiction, cascades)
    lead_unit_id           bigint       not null references unit (id),
    lead_jurisdiction_path text         not null,
    parent_id              bigint       references supervision_task (id),
    priority               varchar(20)  not null default 'NORMAL',
    evidence_required      text,
    status                 varchar(20)  not null default 'ASSIGNED',
    assigned_at            timestamptz  not null default now(),
    accept_by              timestamptz  not null,
    deadline               date         not null,
    original_deadline      date         not null,
    accepted_at            timestamptz,
    submitted_at           timestamptz,
    done_at                timestamptz,
    closed_at              timestamptz,
    progress_percent       int          not null default 0 check (progress_percent between 0 and 100),
    created_by             varchar(100) not null,
    updated_at             timestamptz  not null default now(),
    check (title_en is not null or title_zh is not null),
    check (deadline >= (assigned_at at time zone 'UTC')::date - 1)
);
create index supervision_task_path_idx on supervision_task (jurisdiction_path text_pattern_ops);
create index supervision_task_lead_path_idx on supervision_task (lead_jurisdiction_path text_pattern_ops);
create index supervision_task_parent_idx on supervision_task (parent_id) where parent_id is not null;
create index supervision_task_open_deadline_idx on supervision_task (deadline) where closed_at is null;
create index supervision_task_source_idx on supervision_task (source_type, source_id) where source_id is not null;

-- The units a task is assigned to: exactly one LEAD and any number of ASSIST units.
create table supervision_task_unit (
    task_id  bigint      not null references supervision_task (id),
    unit_id  bigint      not null references unit (id),
    role     varchar(10) not null check (role in ('LEAD', 'ASSIST')),
    primary key (task_id, unit_id)
);
create unique index supervision_task_one_lead_idx on supervision_task_unit (task_id) where role = 'LEAD';
create index supervision_task_unit_unit_idx on supervision_task_unit (unit_id, task_id);

create table supervision_task_milestone (
    id        bigserial    primary key,
    task_id   bigint       not null references supervision_task (id),
    title     varchar(300) not null,
    due_date  date         not null,
    done_at   timestamptz
);
create index supervision_task_milestone_task_idx on supervision_task_milestone (task_id, due_date);

-- Everything that happened to a task, in order: assignment, acceptance, objections and their outcome, progress
-- reports, extension requests and decisions, submissions, verification, sending back, leader instructions, the steps
-- of the supervision ladder. kind names the fact; detail holds its figures (percent, days, new deadline, reason code).
create table supervision_task_event (
    id          bigserial    primary key,
    task_id     bigint       not null references supervision_task (id),
    at          timestamptz  not null default now(),
    kind        varchar(40)  not null,
    actor_id    bigint,
    actor       varchar(100) not null,
    unit_id     bigint       references unit (id),
    from_status varchar(20),
    to_status   varchar(20),
    text        text,
    detail      jsonb        not null default '{}'
);
create index supervision_task_event_task_idx on supervision_task_event (task_id, id);
create index supervision_task_event_kind_at_idx on supervision_task_event (kind, at);

-- Files attached to a progress report or a submission (evidence).
create table supervision_task_attachment (
    id            bigserial    primary key,
    task_id       bigint       not null references supervision_task (id),
    event_id      bigint       references supervision_task_event (id),
    evidence      boolean      not null default false,
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now()
);
create index supervision_task_attachment_task_idx on supervision_task_attachment (task_id, id);

-- Extension requests: a unit asks for a later deadline; the assigning side approves or refuses with a reason.
create table supervision_extension (
    id              bigserial    primary key,
    task_id         bigint       not null references supervision_task (id),
    requested_at    timestamptz  not null default now(),
    requested_by    varchar(100) not null,
    unit_id         bigint       references unit (id),
    current_deadline date        not null,
    new_deadline    date         not null,
    reason          text         not null,
    decided_at      timestamptz,
    decided_by      varchar(100),
    approved        boolean,
    decision_reason text,
    check (new_deadline > current_deadline)
);
create unique index supervision_extension_one_open_idx on supervision_extension (task_id) where decided_at is null;

-- Objections: a unit does not accept; the assigning side reassigns the task or insists.
create table supervision_objection (
    id          bigserial    primary key,
    task_id     bigint       not null references supervision_task (id),
    unit_id     bigint       not null references unit (id),
    type_code   varchar(64)  not null references supervision_objection_type (code),
    reason      text         not null,
    raised_at   timestamptz  not null default now(),
    raised_by   varchar(100) not null,
    outcome     varchar(20)  check (outcome in ('REASSIGNED', 'INSISTED')),
    decided_at  timestamptz,
    decided_by  varchar(100),
    decision_text text
);
create unique index supervision_objection_one_open_idx on supervision_objection (task_id) where decided_at is null;

-- Leader instructions (批示) on a task or on one of its progress reports.
create table supervision_instruction (
    id        bigserial    primary key,
    task_id   bigint       not null references supervision_task (id),
    event_id  bigint       references supervision_task_event (id),
    leader    varchar(200) not null,
    text      text         not null,
    given_at  timestamptz  not null default now(),
    given_by  varchar(100) not null
);
create index supervision_instruction_task_idx on supervision_instruction (task_id, id);
