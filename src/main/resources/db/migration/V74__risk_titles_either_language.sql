-- A risk is titled in at least one of the two languages, like jurisdictions (V85) and indicators (V70): a register
-- taken over from a county's spreadsheet may have Chinese titles only. Pages show the reader's language and fall back
-- to the other. The register's search columns are made null-safe in V75.
alter table risk alter column title_en drop not null;
alter table risk alter column title_zh drop not null;
alter table risk add constraint risk_titled check (title_en is not null or title_zh is not null);
