-- Every attempt of every delivery, kept when a dead delivery is replayed.
create table notification_attempt (
    id           bigserial primary key,
    delivery_id  bigint       not null references notification_delivery (id),
    number       int          not null,
    at           timestamptz  not null default now(),
    outcome      varchar(12)  not null,
    error        varchar(2000)
);

create index notification_attempt_delivery_idx on notification_attempt (delivery_id, number);
