-- Incidents: the report, its figures and grade, the reporting chain, the timeline and attachments.

create table incident_grading_rule (
    incident_type text primary key,
    criteria      jsonb not null,
    updated_at    timestamptz not null default now(),
    updated_by    text not null
);

create table incident (
    id                   bigserial primary key,
    incident_type        text not null,
    sub_type             text,
    title                text not null,
    description          text,
    jurisdiction_id      bigint not null,
    jurisdiction_code    text not null,
    jurisdiction_path    text not null,
    longitude            double precision,
    latitude             double precision,
    occurred_at          timestamptz not null,
    reported_at          timestamptz not null,
    reporter             text not null,
    organisation         text,
    deaths               integer not null default 0 check (deaths >= 0),
    serious_injuries     integer not null default 0 check (serious_injuries >= 0),
    missing              integer not null default 0 check (missing >= 0),
    affected             integer not null default 0 check (affected >= 0),
    economic_loss        numeric(14, 2) not null default 0 check (economic_loss >= 0),
    status               text not null default 'REPORTED',
    computed_grade       text not null,
    grade_explanation    text not null,
    grade_override       text,
    override_reason      text,
    warning_refs         text[] not null default '{}',
    risk_refs            text[] not null default '{}',
    final_cause          text,
    final_lessons        text,
    final_rectification  text,
    supplementary_due_at timestamptz,
    next_follow_up_at    timestamptz,
    updated_at           timestamptz not null default now(),
    closed_at            timestamptz,
    check ((longitude is null) = (latitude is null))
);
create index incident_path_idx on incident (jurisdiction_path text_pattern_ops);
create index incident_reported_idx on incident (reported_at desc);
create index incident_follow_up_idx on incident (next_follow_up_at) where status <> 'CLOSED';
create index incident_supplementary_idx on incident (supplementary_due_at) where supplementary_due_at is not null;

-- Every change of grade with the figures that caused it.
create table incident_grade_change (
    id          bigserial primary key,
    incident_id bigint not null references incident (id),
    changed_at  timestamptz not null,
    from_grade  text,
    to_grade    text not null,
    figures     jsonb not null,
    reason      text not null,
    author      text not null
);
create index incident_grade_change_idx on incident_grade_change (incident_id, id);

-- The reporting chain: one row per level to inform; level 0 is the national level, outside the tree.
create table incident_report_step (
    id                bigserial primary key,
    incident_id       bigint not null references incident (id),
    level             integer not null,
    jurisdiction_id   bigint,
    jurisdiction_code text,
    jurisdiction_path text,
    due_at            timestamptz not null,
    confirmed_at      timestamptz,
    confirmed_by      text,
    overdue_at        timestamptz,
    unique (incident_id, level)
);
create index incident_step_due_idx on incident_report_step (due_at) where confirmed_at is null and overdue_at is null;

-- The timeline: updates, reports, status changes, actions, reminders.
create table incident_event (
    id          bigserial primary key,
    incident_id bigint not null references incident (id),
    at          timestamptz not null,
    author      text not null,
    kind        text not null,
    action_type text,
    text        text,
    details     jsonb
);
create index incident_event_idx on incident_event (incident_id, at, id);

-- Attachments live in the database (bytea): written in the same transaction as the incident, in every backup, and
-- shared by every node without a common disk; the upload limit keeps each one small.
create table incident_attachment (
    id           bigserial primary key,
    incident_id  bigint not null references incident (id),
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);
create index incident_attachment_idx on incident_attachment (incident_id, id);
