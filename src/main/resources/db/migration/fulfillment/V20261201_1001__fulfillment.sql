-- fulfillment (issue 7): one handoff per order, its tracking timeline, courier jobs and processed carrier events.
CREATE TABLE fulfillment_handoff (
    order_id          UUID         NOT NULL PRIMARY KEY,
    method            VARCHAR(20)  NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    buyer_id          UUID         NOT NULL,
    seller_id         UUID         NOT NULL,
    -- the buyer's one-time handoff code (meetup, courier delivery); shown to the buyer only
    handoff_code      VARCHAR(6),
    wrong_tries       INT          NOT NULL,
    code_locked       BOOLEAN      NOT NULL,
    carrier           VARCHAR(30),
    tracking_number   VARCHAR(40),
    zone              VARCHAR(40),
    pickup_lat        DOUBLE PRECISION,
    pickup_lon        DOUBLE PRECISION,
    pickup_address    VARCHAR(300),
    drop_lat          DOUBLE PRECISION,
    drop_lon          DOUBLE PRECISION,
    drop_address      VARCHAR(300),
    distance_metres   BIGINT       NOT NULL,
    reschedules       INT          NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX fulfillment_handoff_tracking_idx ON fulfillment_handoff (carrier, tracking_number);

CREATE TABLE fulfillment_tracking_event (
    id          UUID         NOT NULL PRIMARY KEY,
    order_id    UUID         NOT NULL REFERENCES fulfillment_handoff (order_id),
    kind        VARCHAR(40)  NOT NULL,
    detail      VARCHAR(300),
    -- a carrier's own event id: the same webhook delivered twice is recorded once
    external_id VARCHAR(100),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fulfillment_tracking_external_uq UNIQUE (order_id, external_id)
);
CREATE INDEX fulfillment_tracking_order_idx ON fulfillment_tracking_event (order_id, occurred_at);

CREATE TABLE fulfillment_courier_job (
    id           UUID         NOT NULL PRIMARY KEY,
    order_id     UUID         NOT NULL REFERENCES fulfillment_handoff (order_id),
    kind         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    zone         VARCHAR(40)  NOT NULL,
    job_day      DATE         NOT NULL,
    window_start INT          NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    address      VARCHAR(300),
    courier_id   UUID,
    attempt      INT          NOT NULL,
    checklist    VARCHAR(500),
    photo_keys   VARCHAR(1000),
    note         VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);
CREATE INDEX fulfillment_job_slot_idx ON fulfillment_courier_job (zone, job_day, window_start, status);
CREATE INDEX fulfillment_job_courier_idx ON fulfillment_courier_job (courier_id, job_day);
CREATE INDEX fulfillment_job_order_idx ON fulfillment_courier_job (order_id);

-- booked jobs per zone, day and window: booking is one conditional UPDATE (booked < capacity), so two nodes can
-- never overbook a window between them
CREATE TABLE fulfillment_window_slot (
    zone         VARCHAR(40) NOT NULL,
    job_day      DATE        NOT NULL,
    window_start INT         NOT NULL,
    booked       INT         NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (zone, job_day, window_start)
);
