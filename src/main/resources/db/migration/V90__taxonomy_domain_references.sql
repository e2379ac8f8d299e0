-- The editable taxonomy (table risk_domain, owned by the taxonomy module since issue 10) is the only source of
-- domains: every domain code a record carries is a row of it. A code the former fixed list allowed but the table
-- lacks (none in a standard installation) is added, inactive and named by its code, so that no record loses its
-- domain. Domains are never deleted, so the referencing columns need no index for the keys.
insert into risk_domain (code, parent_code, name_en, name_zh, position, active)
select distinct u.code, null, u.code, u.code, 1000, false
  from (select domain as code from indicator
        union select domain from rule
        union select domain from rule_version
        union select domain from warning
        union select domain from silence
        union select domain from notification_rule) u
 where u.code is not null and not exists (select 1 from risk_domain d where d.code = u.code);

alter table indicator add constraint indicator_domain_fk foreign key (domain) references risk_domain (code);
alter table rule add constraint rule_domain_fk foreign key (domain) references risk_domain (code);
alter table rule_version add constraint rule_version_domain_fk foreign key (domain) references risk_domain (code);
alter table warning add constraint warning_domain_fk foreign key (domain) references risk_domain (code);
alter table silence add constraint silence_domain_fk foreign key (domain) references risk_domain (code);
alter table notification_rule add constraint notification_rule_domain_fk foreign key (domain) references risk_domain (code);
