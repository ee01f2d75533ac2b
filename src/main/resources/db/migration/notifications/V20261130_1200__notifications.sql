-- one row per notification and recipient; source_event_id makes the event listeners idempotent
CREATE TABLE notifications_items (
    id UUID PRIMARY KEY,
    recipient_id UUID NOT NULL,
    category VARCHAR(40) NOT NULL,
    text VARCHAR(500) NOT NULL,
    link VARCHAR(500) NOT NULL,
    source_event_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_notifications_source UNIQUE (source_event_id, recipient_id)
);
CREATE INDEX ix_notifications_items_recipient ON notifications_items (recipient_id, created_at);

-- only choices that differ from the default (every channel on) are stored
CREATE TABLE notifications_preferences (
    account_id UUID NOT NULL,
    category VARCHAR(40) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    enabled BOOLEAN NOT NULL,
    PRIMARY KEY (account_id, category, channel)
);

-- outgoing email per notification: retried with backoff, claimed atomically so one node sends each
CREATE TABLE notifications_deliveries (
    id UUID PRIMARY KEY,
    notification_id UUID NOT NULL REFERENCES notifications_items (id),
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_deliveries_due ON notifications_deliveries (status, next_attempt_at);
