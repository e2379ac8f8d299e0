-- CAP 1.2 messages, imported from other agencies or published by Rampart, kept byte for byte as received or sent.
create table cap_message (
    id           bigserial primary key,
    identifier   varchar(1000) not null,
    sender       varchar(1000) not null,
    sent         timestamptz   not null,
    status       varchar(20)   not null,
    msg_type     varchar(20)   not null,
    scope        varchar(20)   not null,
    xml          bytea         not null,
    direction    varchar(10)   not null check (direction in ('IMPORTED', 'PUBLISHED')),
    received_at  timestamptz   not null default now(),
    received_by  varchar(64),
    unique (sender, identifier, sent)
);

create index cap_message_direction_sent_idx on cap_message (direction, sent desc);

-- What the list pages show without reading the XML: one row per <info> block.
create table cap_message_info (
    message_id   bigint       not null references cap_message (id) on delete cascade,
    position     int          not null,
    language     varchar(40)  not null,
    event        text         not null,
    severity     varchar(20)  not null,
    headline     text,
    area_desc    text,
    primary key (message_id, position)
);

-- The jurisdictions a message's areas were mapped to. The path is the jurisdiction's materialised path at import
-- time, so that the caller's scope is one indexed predicate here (rule 7: no join with the jurisdiction module's table).
create table cap_message_area (
    message_id         bigint      not null references cap_message (id) on delete cascade,
    jurisdiction_id    bigint      not null,
    jurisdiction_code  varchar(64) not null,
    jurisdiction_path  text        not null,
    level              int         not null,
    matched_by         varchar(10) not null check (matched_by in ('POLYGON', 'CIRCLE', 'GEOCODE')),
    primary key (message_id, jurisdiction_id)
);

create index cap_message_area_path_idx on cap_message_area (jurisdiction_path text_pattern_ops);
