-- when each member last got their daily digest; the next one lists what came after
CREATE TABLE notifications_digests (
    account_id   UUID PRIMARY KEY,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
