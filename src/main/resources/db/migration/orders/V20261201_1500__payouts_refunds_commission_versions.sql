-- orders (issue 6, payouts helper): versioned commission configuration, partial refunds, cancellation policies,
-- payout requests and reconciliation runs.

-- the commission configuration version each order was priced with (0 = application.yml defaults)
ALTER TABLE orders ADD COLUMN commission_version INT DEFAULT 0 NOT NULL;
-- money given back to the buyer so far (partial refunds, policy refunds)
ALTER TABLE orders ADD COLUMN refunded_minor BIGINT DEFAULT 0 NOT NULL;
-- the listing's cancellation policy at checkout and the booked start (rentals and services)
ALTER TABLE orders ADD COLUMN cancellation_policy VARCHAR(20);
ALTER TABLE orders ADD COLUMN starts_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX orders_state_idx ON orders (state, placed_at);

-- every saved commission configuration; the newest applies to new orders
CREATE TABLE commission_version (
    version              INT           NOT NULL PRIMARY KEY,
    settings             VARCHAR(8000) NOT NULL,
    reason               VARCHAR(500)  NOT NULL,
    created_by           UUID,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- partial refunds taken by the seller or an operator (id = the payment step's idempotency key)
CREATE TABLE order_refund (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    order_id     UUID         NOT NULL REFERENCES orders (id),
    amount_minor BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency     VARCHAR(3)   NOT NULL,
    actor        VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    refunded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_refund_order_idx ON order_refund (order_id);

-- payouts asked for by sellers (manual) or by the weekly schedule (id = the payment's idempotency key)
CREATE TABLE payout_request (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    seller_id    UUID         NOT NULL,
    amount_minor BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency     VARCHAR(3)   NOT NULL,
    trigger_kind VARCHAR(10)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    failure      VARCHAR(200),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payout_request_seller_idx ON payout_request (seller_id, requested_at);
CREATE INDEX payout_request_time_idx ON payout_request (requested_at);

-- the daily reconciliation's reports
CREATE TABLE reconciliation_run (
    id          UUID          NOT NULL PRIMARY KEY,
    period_from TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    compared    INT           NOT NULL,
    drifts      INT           NOT NULL,
    details     VARCHAR(8000) NOT NULL,
    ran_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reconciliation_run_time_idx ON reconciliation_run (ran_at);
