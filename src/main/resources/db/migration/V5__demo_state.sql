-- Whether the demo province was loaded into this database (so that it is loaded once only).
create table demo_state (
    id         int primary key check (id = 1),
    loaded_at  timestamptz not null,
    summary    text not null
);
