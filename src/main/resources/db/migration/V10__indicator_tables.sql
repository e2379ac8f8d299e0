-- Key risk indicators and their observations. One row per (indicator, jurisdiction, period start) holds the
-- current value; a corrected value moves the old one into observation_history.
create table indicator (
    id                     bigserial primary key,
    code                   varchar(64)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    name_en                varchar(200) not null,
    name_zh                varchar(200) not null,
    domain                 varchar(40)  not null,
    unit_of_measure        varchar(40)  not null,
    period_type            varchar(20)  not null,
    aggregation            varchar(40)  not null,
    responsible_unit_code  varchar(64),
    description            text,
    source                 varchar(200),
    active                 boolean      not null default true,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now()
);

create index indicator_domain_idx on indicator (domain);

create table observation (
    id               bigserial primary key,
    indicator_id     bigint           not null references indicator (id),
    jurisdiction_id  bigint           not null references jurisdiction (id),
    period_start     timestamptz      not null,
    value            double precision not null,
    source           varchar(200)     not null,
    received_at      timestamptz      not null
);

-- The natural key and the series index in one: the latest periods of one series come first.
create unique index observation_series_idx on observation (indicator_id, jurisdiction_id, period_start desc);
create index observation_period_idx on observation (indicator_id, period_start);

create table observation_history (
    id               bigserial primary key,
    observation_id   bigint           not null references observation (id),
    indicator_id     bigint           not null,
    jurisdiction_id  bigint           not null,
    period_start     timestamptz      not null,
    value            double precision not null,
    source           varchar(200)     not null,
    received_at      timestamptz      not null,
    superseded_at    timestamptz      not null
);

create index observation_history_observation_idx on observation_history (observation_id);
