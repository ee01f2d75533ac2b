-- issue 7: a rental order of request-to-book version 3 completes when the item is back; the late fee (per day late,
-- taken from the deposit) is stored on the order when fulfillment confirms the return.
ALTER TABLE orders ADD COLUMN return_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE orders ADD COLUMN late_fee_minor BIGINT;
ALTER TABLE orders ADD COLUMN deposit_minor BIGINT DEFAULT 0 NOT NULL;
