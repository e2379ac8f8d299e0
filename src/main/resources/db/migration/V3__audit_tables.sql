-- The audit log: append-only (a trigger refuses UPDATE and DELETE) and hash-chained: each row's hash
-- covers its content and the previous row's hash, so an altered row breaks the chain from there on.
create table audit_entry (
    id                 bigserial primary key,
    occurred_at        timestamptz  not null,
    actor              varchar(64)  not null,
    action             varchar(40)  not null,
    entity_type        varchar(40)  not null,
    entity_id          varchar(100),
    jurisdiction_path  text,
    before_state       text,
    after_state        text,
    client_address     varchar(64),
    request_id         varchar(64),
    prev_hash          char(64)     not null,
    hash               char(64)     not null
);

create index audit_entry_path_idx on audit_entry (jurisdiction_path text_pattern_ops);
create index audit_entry_time_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
