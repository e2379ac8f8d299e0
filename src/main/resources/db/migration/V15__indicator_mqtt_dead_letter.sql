-- MQTT messages that could not be ingested (not JSON, wrong shape, rejected items), kept with the reason so that
-- an administrator can see and resend them; they were acknowledged so that they never block the subscription.
create table mqtt_dead_letter (
    id           bigserial primary key,
    topic        varchar(1000) not null,
    payload      bytea         not null,
    truncated    boolean       not null default false,
    reason       text          not null,
    received_at  timestamptz   not null
);

create index mqtt_dead_letter_received_idx on mqtt_dead_letter (received_at desc);
