-- A warning rule is named in at least one of the two languages; pages show the reader's and fall back to the other.
alter table rule alter column name_en drop not null;
alter table rule alter column name_zh drop not null;
alter table rule add constraint rule_named check (name_en is not null or name_zh is not null);
alter table rule_version alter column name_en drop not null;
alter table rule_version alter column name_zh drop not null;
