-- Directives (传达文件): a decision of the committee conveyed down the hierarchy. The committee office of a
-- jurisdiction writes a directive (number, title, text, documents) and circulates it to units; each receiving unit
-- confirms it, passes it on to the units below where it applies and, when asked, reports how it will be implemented.

create table supervision_directive (
    id                 bigserial    primary key,
    version            int          not null default 0,
    -- what the office calls it, unique per sending jurisdiction
    number             varchar(64)  not null,
    title_en           varchar(300),
    title_zh           varchar(300),
    body               text         not null,
    -- the sender: its jurisdiction (the scope that sees the whole tree) and optionally the sending unit
    jurisdiction_id    bigint       not null references jurisdiction (id),
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    sending_unit_id    bigint       references unit (id),
    sending_unit_code  varchar(64),
    -- DRAFT until circulated; a draft is seen only by the sending scope
    status             varchar(20)  not null default 'DRAFT' check (status in ('DRAFT', 'CIRCULATED')),
    -- when the receiving units are to confirm (circulation; a unit that receives it later gets its own deadline)
    confirm_by         timestamptz,
    report_required    boolean      not null default false,
    report_due         date,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null default now(),
    circulated_at      timestamptz,
    circulated_by      varchar(100),
    updated_at         timestamptz  not null default now(),
    check (title_en is not null or title_zh is not null),
    check (not report_required or report_due is not null),
    unique (jurisdiction_id, number)
);
create index supervision_directive_path_idx on supervision_directive (jurisdiction_path text_pattern_ops);

-- The documents of a directive (the circular itself, annexes).
create table supervision_directive_document (
    id            bigserial    primary key,
    directive_id  bigint       not null references supervision_directive (id),
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now()
);
create index supervision_directive_document_idx on supervision_directive_document (directive_id, id);

-- One receiving unit of a directive: received from the sender (parent_id null) or passed on by the unit of parent_id.
create table supervision_directive_receipt (
    id                 bigserial    primary key,
    directive_id       bigint       not null references supervision_directive (id),
    parent_id          bigint       references supervision_directive_receipt (id),
    depth              int          not null default 1 check (depth >= 1),
    unit_id            bigint       not null references unit (id),
    unit_code          varchar(64)  not null,
    -- the receiving unit's jurisdiction (scope filters, the tree by jurisdiction)
    jurisdiction_id    bigint       not null references jurisdiction (id),
    jurisdiction_code  varchar(64)  not null,
    jurisdiction_path  text         not null,
    -- units exist in the jurisdictions below, so the unit is expected to pass it on (or say it does not apply)
    has_below          boolean      not null default false,
    received_at        timestamptz  not null,
    confirm_by         timestamptz  not null,
    confirmed_at       timestamptz,
    confirmed_by       varchar(100),
    -- PASSED (to units below) or NOT_APPLICABLE (the unit says it does not apply below); null while undecided
    pass_on            varchar(20)  check (pass_on in ('PASSED', 'NOT_APPLICABLE')),
    passed_on_at       timestamptz,
    passed_on_by       varchar(100),
    pass_on_note       text,
    reported_at        timestamptz,
    reported_by        varchar(100),
    report_text        text,
    -- the confirmation deadline for which the overdue reminder went out (once per unit and deadline)
    reminded_for       timestamptz,
    reminded_at        timestamptz,
    -- the supervision task the unconfirmed receipt became
    task_id            bigint       references supervision_task (id),
    task_at            timestamptz,
    -- why the task could not be assigned (problem codes), so the pass does not retry it forever
    task_problem       text,
    unique (directive_id, unit_id)
);
create index supervision_directive_receipt_directive_idx on supervision_directive_receipt (directive_id, parent_id);
create index supervision_directive_receipt_path_idx on supervision_directive_receipt (jurisdiction_path text_pattern_ops);
create index supervision_directive_receipt_unit_idx on supervision_directive_receipt (unit_id) where confirmed_at is null;
create index supervision_directive_receipt_due_idx on supervision_directive_receipt (confirm_by) where confirmed_at is null;

-- Each download of a document, with the unit of the reader (and its receipt when the unit received the directive).
create table supervision_directive_download (
    id            bigserial    primary key,
    directive_id  bigint       not null references supervision_directive (id),
    document_id   bigint       not null references supervision_directive_document (id),
    receipt_id    bigint       references supervision_directive_receipt (id),
    unit_id       bigint       references unit (id),
    username      varchar(100) not null,
    at            timestamptz  not null default now()
);
create index supervision_directive_download_receipt_idx on supervision_directive_download (receipt_id) where receipt_id is not null;
create index supervision_directive_download_directive_idx on supervision_directive_download (directive_id, document_id);

-- The supervision tasks a directive became (directive -> tasks in one step, or an unconfirmed unit's task).
create table supervision_directive_task (
    directive_id  bigint       not null references supervision_directive (id),
    task_id       bigint       not null references supervision_task (id),
    receipt_id    bigint       references supervision_directive_receipt (id),
    kind          varchar(20)  not null check (kind in ('IMPLEMENTATION', 'UNCONFIRMED')),
    created_at    timestamptz  not null default now(),
    created_by    varchar(100) not null,
    primary key (directive_id, task_id)
);
