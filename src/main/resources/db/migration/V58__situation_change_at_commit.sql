-- Draw the situation's change number when a writing transaction commits, not when it writes. A number drawn at the
-- write let a reader compute under it before the writer committed and keep a result without the change; drawn at
-- commit, the window is the instant between the trigger and the commit becoming visible (the result also expires,
-- see SituationCache). Constraint triggers, deferred to the commit, are the way PostgreSQL runs a trigger there.
drop trigger risk_situation_touch on risk;
drop trigger risk_assessment_situation_touch on risk_assessment;
drop trigger risk_domain_situation_touch on risk_domain;
drop trigger risk_matrix_situation_touch on risk_matrix;
drop trigger warning_situation_touch on warning;
drop trigger warning_situation_touch_update on warning;
drop trigger jurisdiction_situation_touch on jurisdiction;

create constraint trigger risk_situation_touch after insert or update or delete on risk
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger risk_assessment_situation_touch after insert or update or delete on risk_assessment
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger risk_domain_situation_touch after insert or update or delete on risk_domain
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger risk_matrix_situation_touch after insert or update or delete on risk_matrix
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger jurisdiction_situation_touch after insert or update or delete on jurisdiction
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger warning_situation_touch after insert or delete on warning
    deferrable initially deferred for each row execute function situation_touch();
create constraint trigger warning_situation_touch_update after update on warning
    deferrable initially deferred for each row
    when (old.level is distinct from new.level or old.state is distinct from new.state
          or old.jurisdiction_path is distinct from new.jurisdiction_path or old.domain is distinct from new.domain)
    execute function situation_touch();

create trigger risk_domain_situation_truncate after truncate on risk_domain
    for each statement execute function situation_touch();
create trigger risk_matrix_situation_truncate after truncate on risk_matrix
    for each statement execute function situation_touch();

-- A new sequence's first number leaves last_value where it was (1, not yet called): draw it now, so that every later
-- change moves last_value.
select nextval('situation_change');
