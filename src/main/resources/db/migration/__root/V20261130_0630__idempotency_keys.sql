-- Idempotency-Key records (kernel): the row is inserted before the handler runs, so the primary key lets
-- exactly one of several concurrent requests with the same key run, on any app node.
CREATE TABLE idempotency_key (
    caller           VARCHAR(120) NOT NULL,
    idem_key         VARCHAR(200) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    finished         BOOLEAN      NOT NULL,
    response_status  INT,
    response_headers VARCHAR(2000),
    response_body    BYTEA,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
