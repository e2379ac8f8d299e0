-- The search columns of V51 concatenate the titles, so a risk with one title only (V74) would have none: a null in a
-- concatenation makes the whole text null. The same texts again, with a missing title as an empty one. A generated
-- column's expression cannot be changed before PostgreSQL 17, so the columns (and their indexes) are made anew.
alter table risk drop column search_en;
alter table risk drop column search_text;

alter table risk add column search_en tsvector generated always as (
    to_tsvector('english', code || ' ' || coalesce(title_en, '') || ' ' || description_en || ' ' || causes || ' '
        || consequences || ' ' || controls)) stored;
alter table risk add column search_text text generated always as (
    lower(code || ' ' || coalesce(title_en, '') || ' ' || coalesce(title_zh, '') || ' ' || description_zh || ' '
        || causes || ' ' || consequences || ' ' || controls)) stored;

create index risk_search_en_idx on risk using gin (search_en);
create index risk_search_text_idx on risk using gin (search_text gin_trgm_ops);
