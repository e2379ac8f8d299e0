-- Notices that wait for the daily digest: one row per notice and reader; the daily pass gathers a reader's rows into
-- one digest (inbox item and e-mail) per day. A digest row exists once per user and day, so two nodes never send it
-- twice.
create table notification_digest (
    id          bigserial    primary key,
    user_id     bigint       not null,
    day         date         not null,
    items       int          not null,
    created_at  timestamptz  not null default now(),
    unique (user_id, day)
);

create table notification_digest_item (
    id                 bigserial    primary key,
    user_id            bigint       not null,
    username           varchar(100) not null,
    event_key          varchar(200) not null,
    subject_type       varchar(40)  not null,
    subject_ref        text,
    link               text,
    jurisdiction_code  varchar(64),
    jurisdiction_path  text         not null,
    payload            text         not null,
    created_at         timestamptz  not null default now(),
    digest_id          bigint       references notification_digest (id),
    unique (event_key, user_id)
);
create index notification_digest_item_waiting_idx on notification_digest_item (user_id, id) where digest_id is null;
