-- Notifications about more than warnings: every delivery and inbox item names its subject (what it is about, a
-- reference such as a risk code, and the page to open). Warning rows keep their warning id and become subject WARNING.
alter table notification_delivery alter column warning_id drop not null;
alter table notification_delivery alter column change drop not null;
alter table notification_delivery add column subject_type varchar(40) not null default 'WARNING';
alter table notification_delivery add column subject_ref text;
alter table notification_delivery add column link text;
alter table notification_delivery alter column subject_type drop default;
update notification_delivery set subject_ref = warning_id::text where subject_ref is null and warning_id is not null;

alter table inbox_item alter column warning_id drop not null;
alter table inbox_item add column subject_type varchar(40) not null default 'WARNING';
alter table inbox_item add column subject_ref text;
alter table inbox_item add column link text;
alter table inbox_item alter column subject_type drop default;
update inbox_item set subject_ref = warning_id::text where subject_ref is null and warning_id is not null;

alter table notification_delivery add constraint notification_delivery_warning_subject
    check (subject_type <> 'WARNING' or (warning_id is not null and change is not null));

create index notification_delivery_subject_idx on notification_delivery (subject_type, subject_ref);
