-- the event feed (GET /api/v1/events): seq is handed out under the head row's lock, so in commit order
CREATE TABLE notifications_feed_head (
    id INT PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO notifications_feed_head (id, last_seq) VALUES (1, 0);

CREATE TABLE notifications_feed (
    seq BIGINT PRIMARY KEY,
    event_id UUID NOT NULL UNIQUE,
    type VARCHAR(80) NOT NULL,
    payload VARCHAR(4000) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_notifications_feed_recorded ON notifications_feed (recorded_at);
