-- Meetings of the committee at any level (plenary, office meeting, special meeting), their series, attending units,
-- agenda items, minutes and decisions. Decisions are numbered <committee code>-<year>-<seq> per committee (the
-- jurisdiction) and year; the sequence is gap-free: a counter row per committee and year, taken with a row lock in
-- the transaction that inserts the decision, so a rolled-back decision gives its number back.

-- The committee code of a jurisdiction (DP for Demo Province); a jurisdiction without a row uses its own code.
create table supervision_committee (
    jurisdiction_id  bigint       primary key references jurisdiction (id),
    code             varchar(32)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    updated_at       timestamptz  not null,
    updated_by       varchar(64)  not null
);

-- A recurring meeting: every occurrence is a supervision_meeting with series_id and its index (0 for the first).
create table supervision_meeting_series (
    id                 bigserial    primary key,
    version            int          not null default 0,
    jurisdiction_id    bigint       not null references jurisdiction (id),
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    meeting_type       varchar(20)  not null check (meeting_type in ('PLENARY', 'OFFICE', 'SPECIAL')),
    recurrence         varchar(20)  not null check (recurrence in ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    title_en           varchar(300),
    title_zh           varchar(300),
    -- local date and time of the first occurrence in the site's time zone; later ones are computed from it
    first_date         date         not null,
    start_time         time         not null,
    location           varchar(300),
    active             boolean      not null default true,
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null,
    check (title_en is not null or title_zh is not null)
);
create index supervision_meeting_series_path_idx on supervision_meeting_series (jurisdiction_path text_pattern_ops);

-- The units a series invites by default; each new occurrence starts with them.
create table supervision_meeting_series_unit (
    series_id  bigint  not null references supervision_meeting_series (id) on delete cascade,
    unit_id    bigint       not null references unit (id),
    unit_code  varchar(64)  not null,
    primary key (series_id, unit_id)
);

create table supervision_meeting (
    id                 bigserial    primary key,
    version            int          not null default 0,
    jurisdiction_id    bigint       not null references jurisdiction (id),
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    meeting_type       varchar(20)  not null check (meeting_type in ('PLENARY', 'OFFICE', 'SPECIAL')),
    title_en           varchar(300),
    title_zh           varchar(300),
    starts_at          timestamptz  not null,
    location           varchar(300),
    status             varchar(20)  not null default 'SCHEDULED'
                                    check (status in ('SCHEDULED', 'HELD', 'CLOSED', 'CANCELLED')),
    minutes            text,
    series_id          bigint       references supervision_meeting_series (id),
    occurrence         int,
    -- the occurrence whose open items this one carried over
    previous_id        bigint       references supervision_meeting (id),
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null,
    updated_at         timestamptz  not null,
    check (title_en is not null or title_zh is not null),
    check ((series_id is null) = (occurrence is null)),
    unique (series_id, occurrence)
);
create index supervision_meeting_path_idx on supervision_meeting (jurisdiction_path text_pattern_ops, starts_at desc);
create index supervision_meeting_starts_idx on supervision_meeting (starts_at desc);

create table supervision_meeting_unit (
    meeting_id  bigint  not null references supervision_meeting (id) on delete cascade,
    unit_id     bigint       not null references unit (id),
    unit_code   varchar(64)  not null,
    primary key (meeting_id, unit_id)
);

-- Decisions: text in either language, numbered once and never renumbered (a later change of the committee code
-- leaves earlier numbers as they were issued).
create table supervision_decision (
    id                 bigserial    primary key,
    version            int          not null default 0,
    meeting_id         bigint       not null references supervision_meeting (id),
    jurisdiction_id    bigint       not null references jurisdiction (id),
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    number             varchar(64)  not null unique,
    year               int          not null,
    seq                int          not null check (seq > 0),
    text_en            text,
    text_zh            text,
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null,
    check (text_en is not null or text_zh is not null),
    unique (jurisdiction_id, year, seq)
);
create index supervision_decision_meeting_idx on supervision_decision (meeting_id);
create index supervision_decision_path_idx on supervision_decision (jurisdiction_path text_pattern_ops, year, seq);

-- The last sequence number issued per committee and year.
create table supervision_decision_counter (
    jurisdiction_id  bigint  not null references jurisdiction (id),
    year             int     not null,
    last_seq         int     not null,
    primary key (jurisdiction_id, year)
);

-- Agenda items: open until marked done; an occurrence of a series carries over the open items of the last one
-- (carried_from_id) and adds a follow-up item for each decision of it whose tasks are still open (decision_id).
create table supervision_agenda_item (
    id               bigserial    primary key,
    meeting_id       bigint       not null references supervision_meeting (id) on delete cascade,
    position         int          not null,
    title_en         varchar(500),
    title_zh         varchar(500),
    status           varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    carried_from_id  bigint       references supervision_agenda_item (id),
    decision_id      bigint       references supervision_decision (id),
    check (title_en is not null or title_zh is not null)
);
create index supervision_agenda_item_meeting_idx on supervision_agenda_item (meeting_id, position);
