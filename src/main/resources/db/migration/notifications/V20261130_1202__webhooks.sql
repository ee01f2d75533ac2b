CREATE TABLE notifications_webhooks (
    id UUID PRIMARY KEY,
    url VARCHAR(1000) NOT NULL,
    event_types VARCHAR(1000) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one row per event and endpoint; also the delivery log operators read and replay
CREATE TABLE notifications_webhook_deliveries (
    id UUID PRIMARY KEY,
    webhook_id UUID NOT NULL REFERENCES notifications_webhooks (id),
    event_id UUID NOT NULL,
    event_type VARCHAR(80) NOT NULL,
    payload VARCHAR(5000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_status INT,
    last_error VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_webhook_deliveries_due ON notifications_webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_notifications_webhook_deliveries_hook ON notifications_webhook_deliveries (webhook_id, created_at);
