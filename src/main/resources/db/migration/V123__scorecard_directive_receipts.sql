-- The scorecard counts the directive receipts whose confirm-by deadline falls in its period (confirmed or not; the
-- V110 index on confirm_by covers only unconfirmed ones), and its cache marker reads the last confirmation.
create index supervision_directive_receipt_confirm_by_idx on supervision_directive_receipt (confirm_by);
create index supervision_directive_receipt_confirmed_idx on supervision_directive_receipt (confirmed_at)
    where confirmed_at is not null;
