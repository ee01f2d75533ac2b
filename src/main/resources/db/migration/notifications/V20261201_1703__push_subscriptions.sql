-- Web Push subscriptions: one per browser/device a member turned push on for (endpoint of its push service and
-- the RFC 8291 keys the payload is encrypted for)
CREATE TABLE notifications_push_subscriptions (
    id         UUID PRIMARY KEY,
    account_id UUID          NOT NULL,
    endpoint   VARCHAR(1000) NOT NULL UNIQUE,
    p256dh     VARCHAR(200)  NOT NULL,
    auth       VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_notifications_push_account ON notifications_push_subscriptions (account_id);
