-- Public-warning drafts: prepared from a warning (or from an earlier published message, for an update or a cancel),
-- approved by a second person, then published as a CAP 1.2 message. Texts in English and Simplified Chinese.
create table cap_draft (
    id                     bigserial primary key,
    state                  varchar(10)  not null check (state in ('DRAFT', 'APPROVED', 'PUBLISHED', 'REJECTED')),
    msg_type               varchar(10)  not null check (msg_type in ('Alert', 'Update', 'Cancel')),
    warning_id             bigint,
    references_message_id  bigint references cap_message (id),
    published_message_id   bigint references cap_message (id),
    jurisdiction_code      varchar(64)  not null,
    jurisdiction_path      text         not null,
    event_en               text         not null,
    event_zh               text         not null,
    category               varchar(20)  not null,
    urgency                varchar(20)  not null,
    severity               varchar(20)  not null,
    certainty              varchar(20)  not null,
    expires                timestamptz  not null,
    headline_en            text         not null,
    description_en         text         not null,
    instruction_en         text,
    headline_zh            text         not null,
    description_zh         text         not null,
    instruction_zh         text,
    area_desc              text         not null,
    polygons               text         not null,
    created_by             varchar(64)  not null,
    created_at             timestamptz  not null default now(),
    approved_by            varchar(64),
    approved_at            timestamptz,
    rejected_by            varchar(64),
    reject_reason          text,
    published_at           timestamptz,
    changed_at             timestamptz  not null default now()
);

create index cap_draft_path_idx on cap_draft (jurisdiction_path text_pattern_ops);
create index cap_draft_published_idx on cap_draft (published_message_id);
