create table app_user (
    id                   bigserial primary key,
    username             varchar(64)  not null unique check (username ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]*$'),
    display_name         varchar(200) not null,
    password_hash        varchar(200),
    roles                text[]       not null,
    jurisdiction_id      bigint       not null references jurisdiction (id),
    unit_id              bigint references unit (id),
    locale               varchar(10)  not null default 'en',
    active               boolean      not null default true,
    failed_logins        int          not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);

create index app_user_jurisdiction_idx on app_user (jurisdiction_id);

create table api_token (
    id            bigserial primary key,
    user_id       bigint       not null references app_user (id),
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    prefix        varchar(16)  not null,
    read_only     boolean      not null default false,
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    created_at    timestamptz  not null default now(),
    revoked_at    timestamptz
);

create index api_token_user_idx on api_token (user_id);
