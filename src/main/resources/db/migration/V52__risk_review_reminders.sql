-- The review date a reminder was last sent for: one reminder per due date, however often the pass runs.
alter table risk add column review_reminded_for date;
