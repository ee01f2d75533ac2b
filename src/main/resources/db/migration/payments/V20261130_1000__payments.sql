-- Every call to a payment provider under the caller's idempotency key: replays answer from here, and
-- reconciliation compares the succeeded ones with the ledger.
CREATE TABLE payments_call (
    idempotency_key VARCHAR(100) NOT NULL PRIMARY KEY,
    operation       VARCHAR(20)  NOT NULL,
    provider        VARCHAR(20)  NOT NULL,
    order_ref       VARCHAR(64),
    seller_ref      VARCHAR(64),
    amount_minor    BIGINT       NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    provider_ref    VARCHAR(100),
    source_charge   VARCHAR(100),
    failure_code    VARCHAR(60),
    action_url      VARCHAR(300),
    ledger_entry_id VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payments_call_provider_ref_ix ON payments_call (provider, provider_ref);
CREATE INDEX payments_call_order_ix ON payments_call (order_ref, operation);
CREATE INDEX payments_call_created_ix ON payments_call (created_at);

-- Provider webhook events, processed once: the primary key refuses a second delivery.
CREATE TABLE payments_webhook_event (
    provider    VARCHAR(20)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    type        VARCHAR(80)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, event_id)
);

CREATE TABLE payments_payee (
    seller_ref       VARCHAR(64)  NOT NULL PRIMARY KEY,
    provider_account VARCHAR(100) NOT NULL,
    linked_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
