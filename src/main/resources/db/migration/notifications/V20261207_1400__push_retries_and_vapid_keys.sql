-- issue 8: Web Push is queued and retried with backoff like notification email, one row per notification and
-- subscription (no foreign key to the subscription: a 404/410 answer deletes it and the row stays as GONE)
CREATE TABLE notifications_push_deliveries (
    id              UUID PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notifications_items (id),
    subscription_id UUID        NOT NULL,
    status          VARCHAR(20) NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_status     INT,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_push_deliveries_due ON notifications_push_deliveries (status, next_attempt_at);

-- the VAPID key pair generated when none is configured (development, embedded default): one row, id 1, so
-- browsers stay subscribed across restarts and all nodes sign alike. Production configures its keys instead.
CREATE TABLE notifications_vapid_keys (
    id          INT PRIMARY KEY,
    public_key  VARCHAR(200) NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
