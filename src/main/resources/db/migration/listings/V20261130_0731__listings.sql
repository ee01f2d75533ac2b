CREATE TABLE listings_listing (
    id                 UUID           NOT NULL PRIMARY KEY,
    seller_id          UUID           NOT NULL,
    category_id        UUID           NOT NULL REFERENCES listings_category (id),
    listing_type       VARCHAR(16)    NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    title              VARCHAR(140)   NOT NULL,
    slug               VARCHAR(160)   NOT NULL,
    description        VARCHAR(10000) NOT NULL,
    price_minor        BIGINT         NOT NULL,
    price_currency     VARCHAR(3)     NOT NULL,
    price_unit         VARCHAR(12)    NOT NULL,
    item_condition     VARCHAR(20),
    city               VARCHAR(120)   NOT NULL,
    postal_code        VARCHAR(12)    NOT NULL,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    courier            BOOLEAN        NOT NULL DEFAULT FALSE,
    meetup             BOOLEAN        NOT NULL DEFAULT FALSE,
    shipping           BOOLEAN        NOT NULL DEFAULT FALSE,
    shipping_fee_minor BIGINT,
    stock              INT            NOT NULL DEFAULT 1,
    min_duration       INT,
    max_duration       INT,
    deposit_minor      BIGINT,
    booking_mode       VARCHAR(12),
    attributes         VARCHAR(4000)  NOT NULL,
    hold_reason        VARCHAR(300),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    version            BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX listings_listing_seller_ix ON listings_listing (seller_id, status);
CREATE INDEX listings_listing_category_ix ON listings_listing (category_id, status, published_at);
CREATE INDEX listings_listing_published_ix ON listings_listing (status, published_at);

CREATE TABLE listings_blocked_date (
    listing_id   UUID NOT NULL REFERENCES listings_listing (id),
    blocked_date DATE NOT NULL,
    PRIMARY KEY (listing_id, blocked_date)
);

CREATE TABLE listings_photo (
    listing_id   UUID         NOT NULL REFERENCES listings_listing (id),
    position     INT          NOT NULL,
    photo_id     VARCHAR(40)  NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    PRIMARY KEY (listing_id, position)
);
CREATE INDEX listings_photo_hash_ix ON listings_photo (content_hash);

CREATE TABLE listings_revision (
    id          UUID           NOT NULL PRIMARY KEY,
    listing_id  UUID           NOT NULL REFERENCES listings_listing (id),
    revision    BIGINT         NOT NULL,
    snapshot    VARCHAR(16000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listings_revision_listing_ix ON listings_revision (listing_id, revision);
