-- The situation picture reads open risks of a subtree (heat map, roll-up, summary, top risks, overdue reviews): one
-- partial index on the path of open risks carrying every column those queries read, so that they scan only the
-- subtree's index entries. And what changed since a date: risks created or closed since then.
create index risk_open_situation_idx on risk (jurisdiction_path text_pattern_ops)
    include (domain_code, level, score, likelihood, impact, residual_likelihood, residual_impact, bottom_line, next_review_date)
    where status <> 'CLOSED';
create index risk_created_idx on risk (created_at);
create index risk_closed_idx on risk (closed_at) where closed_at is not null;
