-- Jurisdictions: a tree of any depth. path is the materialised path of ids ('/1/7/42/'), so a
-- subtree (a user's scope) is one indexed LIKE-prefix predicate.
create table jurisdiction_level (
    level    int primary key check (level between 1 and 20),
    name_en  varchar(100) not null,
    name_zh  varchar(100) not null,
    drawn    boolean not null default false
);

insert into jurisdiction_level (level, name_en, name_zh, drawn) values
    (1, 'Province', '省', true),
    (2, 'City', '市', true),
    (3, 'County/District', '县/区', true),
    (4, 'Township/Street', '乡镇/街道', true),
    (5, 'Village/Community', '村/社区', false),
    (6, 'Grid', '网格', false);

create table jurisdiction (
    id          bigserial primary key,
    code        varchar(64)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    parent_id   bigint references jurisdiction (id),
    level       int          not null check (level between 1 and 20),
    name_en     varchar(200) not null,
    name_zh     varchar(200) not null,
    population  bigint check (population is null or population >= 0),
    boundary    text,
    path        text         not null unique,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     int          not null default 0
);

create index jurisdiction_path_idx on jurisdiction (path text_pattern_ops);
create index jurisdiction_parent_idx on jurisdiction (parent_id);
create index jurisdiction_level_idx on jurisdiction (level);
create index jurisdiction_name_en_idx on jurisdiction (lower(name_en) text_pattern_ops);
create index jurisdiction_name_zh_idx on jurisdiction (name_zh text_pattern_ops);

-- Member units (departments of the committee) of a jurisdiction.
create table unit (
    id               bigserial primary key,
    code             varchar(64)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    jurisdiction_id  bigint       not null references jurisdiction (id),
    kind             varchar(40)  not null,
    name_en          varchar(200) not null,
    name_zh          varchar(200) not null,
    active           boolean      not null default true,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);

create index unit_jurisdiction_idx on unit (jurisdiction_id);
