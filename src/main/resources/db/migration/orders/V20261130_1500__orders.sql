-- orders (issue 6): orders with their priced lines, the timeline of transitions, stock reservations.
CREATE TABLE orders (
    id                UUID         NOT NULL PRIMARY KEY,
    listing_id        UUID         NOT NULL,
    listing_title     VARCHAR(200) NOT NULL,
    buyer_id          UUID         NOT NULL,
    seller_id         UUID         NOT NULL,
    process_name      VARCHAR(50)  NOT NULL,
    process_version   INT          NOT NULL,
    state             VARCHAR(40)  NOT NULL,
    state_entered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    quantity          BIGINT       NOT NULL,
    stock_held        INT          NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    buyer_total_minor BIGINT       NOT NULL,
    commission_minor  BIGINT       NOT NULL,
    platform_fee_minor BIGINT      NOT NULL,
    seller_net_minor  BIGINT       NOT NULL,
    -- the commission configuration this order was priced with (later changes apply to new orders only)
    seller_bp         BIGINT       NOT NULL,
    buyer_bp          BIGINT       NOT NULL,
    buyer_fixed_minor BIGINT       NOT NULL,
    min_fee_minor     BIGINT       NOT NULL,
    max_fee_minor     BIGINT       NOT NULL,
    promo_bp          BIGINT       NOT NULL,
    authorised        BOOLEAN      NOT NULL,
    payment_action_url VARCHAR(500),
    placed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX orders_buyer_idx ON orders (buyer_id, placed_at);
CREATE INDEX orders_seller_idx ON orders (seller_id, placed_at);

CREATE TABLE order_line (
    order_id     UUID         NOT NULL REFERENCES orders (id),
    position     INT          NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    quantity     BIGINT       NOT NULL,
    amount_minor BIGINT       NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_step (
    order_id   UUID        NOT NULL REFERENCES orders (id),
    position   INT         NOT NULL,
    transition VARCHAR(50) NOT NULL,
    from_state VARCHAR(40) NOT NULL,
    to_state   VARCHAR(40) NOT NULL,
    actor      VARCHAR(20) NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, position)
);

-- one row per listing with units held by open orders; checkout locks it (SELECT ... FOR UPDATE), so two
-- nodes can never hold more than the listing's stock between them
CREATE TABLE order_stock (
    listing_id UUID NOT NULL PRIMARY KEY,
    held       INT  NOT NULL CHECK (held >= 0)
);
