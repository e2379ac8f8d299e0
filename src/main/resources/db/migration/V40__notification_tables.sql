-- Optional e-mail address for notifications by e-mail.
alter table app_user add column email varchar(254);

create table notification_rule (
    id                 bigserial primary key,
    name               varchar(200) not null,
    domain             varchar(40),
    min_level          varchar(10)  not null default 'BLUE',
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    changes            text[]       not null,
    usernames          text[]       not null default '{}',
    unit_codes         text[]       not null default '{}',
    coordinators       boolean      not null default false,
    channels           text[]       not null,
    webhook_url        varchar(2000),
    webhook_secret     varchar(200),
    active             boolean      not null default true,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);

create index notification_rule_path_idx on notification_rule (jurisdiction_path text_pattern_ops);

-- One row per event, recipient and channel; the unique key makes consuming an event twice harmless.
create table notification_delivery (
    id                 bigserial primary key,
    event_key          varchar(200) not null,
    warning_id         bigint       not null,
    change             varchar(20)  not null,
    level              varchar(10),
    domain             varchar(40),
    jurisdiction_code  varchar(64),
    jurisdiction_path  text         not null,
    rule_id            bigint,
    recipient          varchar(300) not null,
    user_id            bigint,
    channel            varchar(10)  not null,
    state              varchar(12)  not null,
    attempts           int          not null default 0,
    last_error         varchar(2000),
    payload            text         not null,
    next_attempt_at    timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    sent_at            timestamptz,
    constraint notification_delivery_once unique (event_key, recipient, channel)
);

create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where state = 'PENDING';
create index notification_delivery_warning_idx on notification_delivery (warning_id);
create index notification_delivery_path_idx on notification_delivery (jurisdiction_path text_pattern_ops, id);

create table inbox_item (
    id           bigserial primary key,
    user_id      bigint       not null,
    delivery_id  bigint       not null unique references notification_delivery (id),
    warning_id   bigint       not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    read_at      timestamptz
);

create index inbox_item_user_idx on inbox_item (user_id, id desc);
create index inbox_item_unread_idx on inbox_item (user_id) where read_at is null;
