-- Ingestion looks up the stored value of each incoming (indicator, jurisdiction, period) to move a superseded
-- value into the history. The planner used the (indicator_id, period_start) index for that lookup and filtered
-- the jurisdiction, reading every jurisdiction's row of the period (about 1,600 per lookup on the demo province).
-- With the jurisdiction as a third column the lookup is exact, and range reads by indicator and period still use it.
drop index observation_period_idx;
create index observation_period_idx on observation (indicator_id, period_start, jurisdiction_id);
