-- An indicator is named in at least one of the two languages, like jurisdictions (V85): an indicator taken over from
-- a national list may have a Chinese name only. Pages show the reader's language and fall back to the other.
alter table indicator alter column name_en drop not null;
alter table indicator alter column name_zh drop not null;
alter table indicator add constraint indicator_named check (name_en is not null or name_zh is not null);
