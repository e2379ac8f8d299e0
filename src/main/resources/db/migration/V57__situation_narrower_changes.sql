-- Warnings change with nearly every observation of their indicator (pending level, counters, explanation); the
-- situation picture reads only their level, state, place and domain. Only a change of those marks the picture as
-- changed, so that a steady stream of observations does not make every situation request compute afresh.
drop trigger warning_situation_touch on warning;
create trigger warning_situation_touch after insert or delete on warning
    for each row execute function situation_touch();
create trigger warning_situation_touch_update after update on warning
    for each row
    when (old.level is distinct from new.level or old.state is distinct from new.state
          or old.jurisdiction_path is distinct from new.jurisdiction_path or old.domain is distinct from new.domain)
    execute function situation_touch();

-- The top risks (bottom line first, then level, then score) and the overdue reviews (oldest review date first) of a
-- subtree: read in that order from an index, a limited list stops after its first entries in the subtree instead of
-- sorting every open risk of the subtree.
create index risk_open_top_idx on risk
    (bottom_line desc, array_position(array['LOW','MEDIUM','HIGH','EXTREME']::varchar[], level) desc, score desc, code)
    where status <> 'CLOSED';
create index risk_open_review_idx on risk (next_review_date, code) where status <> 'CLOSED';
