-- The search module's own copy of each published listing, the source of the full-text index.
CREATE TABLE search_listings (
    id             UUID PRIMARY KEY,
    title          VARCHAR(200)   NOT NULL,
    description    VARCHAR(10000) NOT NULL,
    category_names VARCHAR(1000)  NOT NULL,
    category_path  VARCHAR(400)   NOT NULL,
    attributes     VARCHAR(4000)  NOT NULL,
    price_minor    BIGINT         NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    item_condition VARCHAR(20),
    delivery       VARCHAR(40)    NOT NULL,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    city           VARCHAR(120)   NOT NULL,
    listing_type   VARCHAR(20)    NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    seller_id      UUID           NOT NULL,
    blocked_dates  VARCHAR(4000)  NOT NULL
);
