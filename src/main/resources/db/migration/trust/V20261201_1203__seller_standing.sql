-- what trust counts per seller from events (each event counted once through trust_counted_event)
CREATE TABLE trust_seller_stats (
    seller_id           UUID PRIMARY KEY,
    completed           INT NOT NULL,
    cancelled_by_seller INT NOT NULL,
    disputes            INT NOT NULL,
    disputes_lost       INT NOT NULL,
    replies             INT NOT NULL,
    reply_minutes_total BIGINT NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- a strike: seller cancellation, late handoff, dispute lost; it counts until it expires
CREATE TABLE trust_strike (
    id         UUID PRIMARY KEY,
    seller_id  UUID NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    source_key VARCHAR(120) NOT NULL UNIQUE,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_trust_strike_seller ON trust_strike (seller_id, expires_at);

-- idempotency of event listeners: an event key is counted once
CREATE TABLE trust_counted_event (
    event_key VARCHAR(120) PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the last message per conversation, to measure how fast sellers reply
CREATE TABLE trust_conversation_turn (
    conversation_id UUID PRIMARY KEY,
    last_sender     UUID NOT NULL,
    last_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
