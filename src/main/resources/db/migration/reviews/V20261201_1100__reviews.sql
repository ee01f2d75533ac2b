-- one row per completed order: who may review whom and until when; revealed_at is set once both reviews
-- are visible (both written, or the window closed)
CREATE TABLE reviews_windows (
    order_id UUID PRIMARY KEY,
    listing_id UUID NOT NULL,
    listing_title VARCHAR(200) NOT NULL,
    buyer_id UUID NOT NULL,
    seller_id UUID NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revealed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_reviews_windows_open ON reviews_windows (closes_at, revealed_at);

CREATE TABLE reviews (
    id UUID PRIMARY KEY,
    order_id UUID NOT NULL REFERENCES reviews_windows (order_id),
    author_id UUID NOT NULL,
    subject_id UUID NOT NULL,
    author_role VARCHAR(10) NOT NULL,
    rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body VARCHAR(2000) NOT NULL,
    as_described SMALLINT CHECK (as_described BETWEEN 1 AND 5),
    communication SMALLINT CHECK (communication BETWEEN 1 AND 5),
    handoff SMALLINT CHECK (handoff BETWEEN 1 AND 5),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    reply VARCHAR(2000),
    replied_at TIMESTAMP WITH TIME ZONE,
    hidden_at TIMESTAMP WITH TIME ZONE,
    hidden_by UUID,
    hidden_reason VARCHAR(2000),
    CONSTRAINT uq_reviews_order_author UNIQUE (order_id, author_id)
);
CREATE INDEX ix_reviews_subject ON reviews (subject_id, published_at);

-- first reply times per conversation, fed by messaging's MessageSent events (response-time badge)
CREATE TABLE reviews_response_times (
    conversation_id UUID PRIMARY KEY,
    opener_id UUID NOT NULL,
    responder_id UUID NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    replied_at TIMESTAMP WITH TIME ZONE,
    reply_seconds BIGINT
);
CREATE INDEX ix_reviews_response_times_responder ON reviews_response_times (responder_id, replied_at);
