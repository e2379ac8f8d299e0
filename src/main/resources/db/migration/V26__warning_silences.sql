-- Silences: for a limited time, warnings matching a pattern (rule code, domain and its sub-domains, jurisdiction
-- subtree, minimum level; null matches anything) are still recorded but not notified. jurisdiction_path is
-- never null: a silence without a jurisdiction covers the scope of the person who created it.
create table silence (
    id                bigserial primary key,
    rule_code         varchar(64),
    domain            varchar(40),
    jurisdiction_code varchar(64),
    jurisdiction_path text         not null,
    min_level         varchar(10)  check (min_level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    reason            text         not null,
    created_by        varchar(64)  not null,
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    ended_at          timestamptz,
    ended_by          varchar(64),
    check (ends_at > starts_at)
);

create index silence_active_idx on silence (ends_at) where ended_at is null;
create index silence_path_idx on silence (jurisdiction_path text_pattern_ops);
