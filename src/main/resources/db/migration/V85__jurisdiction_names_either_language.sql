-- A jurisdiction or unit is named in at least one of the two languages: a statistics office's list of divisions
-- has Chinese names only. Pages show the reader's language and fall back to the other.
alter table jurisdiction alter column name_en drop not null;
alter table jurisdiction alter column name_zh drop not null;
alter table jurisdiction add constraint jurisdiction_named check (name_en is not null or name_zh is not null);
alter table unit alter column name_en drop not null;
alter table unit alter column name_zh drop not null;
alter table unit add constraint unit_named check (name_en is not null or name_zh is not null);
