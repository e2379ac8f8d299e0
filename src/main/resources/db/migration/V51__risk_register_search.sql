-- Closing and reviewing a risk, and full-text search of the register.
-- English: a tsvector over the English texts (stemmed, so "floods" finds "flood").
-- Chinese: stock PostgreSQL has no Chinese tokenizer; pg_trgm (a trusted contrib extension shipped with PostgreSQL,
-- present in the embedded 17 binaries and in PostgreSQL 14+ packages) indexes substring matches (ILIKE '%..%') of
-- three characters or more, and shorter Chinese queries still match, by a scan of the scoped rows.
create extension if not exists pg_trgm;

alter table risk add column closed_reason text;
alter table risk add column closed_by varchar(64);
alter table risk add column last_reviewed_at timestamptz;
alter table risk add column last_reviewed_by varchar(64);

alter table risk add column search_en tsvector generated always as (
    to_tsvector('english', code || ' ' || title_en || ' ' || description_en || ' ' || causes || ' ' || consequences
        || ' ' || controls)) stored;
alter table risk add column search_text text generated always as (
    lower(code || ' ' || title_en || ' ' || title_zh || ' ' || description_zh || ' ' || causes || ' ' || consequences
        || ' ' || controls)) stored;

create index risk_search_en_idx on risk using gin (search_en);
create index risk_search_text_idx on risk using gin (search_text gin_trgm_ops);
create index risk_tags_idx on risk using gin (tags);

alter table risk_treatment add column updated_at timestamptz not null default now();
