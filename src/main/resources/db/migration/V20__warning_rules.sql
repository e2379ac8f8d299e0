-- Warning rules. A rule measures one indicator (referenced by code: the indicator module's tables are
-- built separately) and holds its definition as JSON (type, direction, thresholds per level, windows,
-- overrides per jurisdiction code, hysteresis). Every edit creates a new version; old versions stay.
create table rule (
    id              bigserial primary key,
    code            varchar(64)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    indicator_code  varchar(64)  not null,
    domain          varchar(40)  not null,
    type            varchar(20)  not null check (type in ('THRESHOLD', 'RATE_OF_CHANGE', 'WINDOW', 'MISSING_DATA')),
    name_en         varchar(200) not null,
    name_zh         varchar(200) not null,
    definition      jsonb        not null,
    version         int          not null default 1,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

create index rule_indicator_idx on rule (indicator_code) where active;

create table rule_version (
    rule_id         bigint       not null references rule (id),
    version         int          not null,
    indicator_code  varchar(64)  not null,
    domain          varchar(40)  not null,
    type            varchar(20)  not null,
    name_en         varchar(200) not null,
    name_zh         varchar(200) not null,
    definition      jsonb        not null,
    active          boolean      not null,
    changed_by      varchar(64)  not null,
    changed_at      timestamptz  not null default now(),
    primary key (rule_id, version)
);

-- One warning per rule and jurisdiction at a time: a new one only after the last was resolved.
-- The rule's evaluation state for the jurisdiction lives here too: level (null once recovered),
-- lower_count and pending_level for the hysteresis.
create table warning (
    id                  bigserial primary key,
    rule_id             bigint       not null references rule (id),
    rule_version        int          not null,
    rule_code           varchar(64)  not null,
    indicator_code      varchar(64)  not null,
    domain              varchar(40)  not null,
    jurisdiction_id     bigint       not null references jurisdiction (id),
    jurisdiction_code   varchar(64)  not null,
    jurisdiction_path   text         not null,
    state               varchar(20)  not null check (state in ('OPEN', 'ACKNOWLEDGED', 'RECOVERED', 'RESOLVED')),
    level               varchar(10)  check (level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    highest_level       varchar(10)  not null check (highest_level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    last_level          varchar(10)  not null check (last_level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    lower_count         int          not null default 0,
    pending_level       varchar(10)  check (pending_level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    explanation         text         not null,
    raised_at           timestamptz  not null,
    changed_at          timestamptz  not null,
    acknowledged_at     timestamptz,
    acknowledged_by     varchar(64),
    acknowledge_comment text,
    assigned_unit_id    bigint,
    assigned_unit_code  varchar(64),
    resolved_at         timestamptz,
    resolved_by         varchar(64),
    resolve_note        text,
    check (state = 'RESOLVED' or (state = 'RECOVERED') = (level is null))
);

create unique index warning_one_open_idx on warning (rule_id, jurisdiction_id) where state <> 'RESOLVED';
create index warning_path_idx on warning (jurisdiction_path text_pattern_ops) where state <> 'RESOLVED';
create index warning_changed_idx on warning (changed_at desc);

-- Every raise, upgrade, downgrade and recovery (and later each human action), with the observation
-- that caused it.
create table warning_step (
    id              bigserial primary key,
    warning_id      bigint       not null references warning (id),
    change          varchar(20)  not null,
    level_from      varchar(10),
    level_to        varchar(10),
    observation_id  bigint,
    explanation     text,
    actor           varchar(64)  not null,
    comment         text,
    at              timestamptz  not null
);

create index warning_step_warning_idx on warning_step (warning_id, id);

-- The recent values rules need, copied from ObservationsRecorded events in the same transaction, so
-- that evaluation reads no other module's tables (see RuleInputRepository).
create table rule_input (
    indicator_code  varchar(64)      not null,
    jurisdiction_id bigint           not null,
    period_start    timestamptz      not null,
    value           double precision not null,
    observation_id  bigint           not null,
    primary key (indicator_code, jurisdiction_id, period_start)
);
