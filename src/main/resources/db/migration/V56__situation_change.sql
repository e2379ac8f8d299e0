-- The situation picture keeps what it computed (per scope and filters) as long as nothing it reads has changed. Every
-- change of a row it reads draws a number from this sequence: the picture compares the sequence's last value with the
-- one it computed under. A sequence, not a counter row, so that writers never wait for one another on it.
create sequence situation_change;

create function situation_touch() returns trigger language plpgsql as $$
begin
    perform nextval('situation_change');
    return null;
end
$$;

create trigger risk_situation_touch after insert or update or delete on risk
    for each row execute function situation_touch();
create trigger risk_assessment_situation_touch after insert or update or delete on risk_assessment
    for each row execute function situation_touch();
create trigger risk_domain_situation_touch after insert or update or delete on risk_domain
    for each row execute function situation_touch();
create trigger risk_matrix_situation_touch after insert or update or delete on risk_matrix
    for each row execute function situation_touch();
create trigger warning_situation_touch after insert or update or delete on warning
    for each row execute function situation_touch();
create trigger jurisdiction_situation_touch after insert or update or delete on jurisdiction
    for each row execute function situation_touch();

create trigger risk_situation_truncate after truncate on risk
    for each statement execute function situation_touch();
create trigger risk_assessment_situation_truncate after truncate on risk_assessment
    for each statement execute function situation_touch();
create trigger warning_situation_truncate after truncate on warning
    for each statement execute function situation_touch();
create trigger jurisdiction_situation_truncate after truncate on jurisdiction
    for each statement execute function situation_touch();
