-- analytics: metric tables maintained incrementally from events (docs/analytics.md). The dashboard reads the
-- rollups (daily per category and city, monthly cohorts, per-seller tax years), never the other modules' tables.

-- Every event applied once: listeners may be redelivered, so each one records its key first.
CREATE TABLE analytics_seen_event (
    event_key VARCHAR(160) PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What analytics remembers of a listing: its dimensions and when it first published and first transacted.
CREATE TABLE analytics_listing (
    listing_id UUID PRIMARY KEY,
    seller_id UUID NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    first_published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_transaction_at TIMESTAMP WITH TIME ZONE
);

-- A seller's first listing and first sale (time to first transaction for new sellers).
CREATE TABLE analytics_seller (
    seller_id UUID PRIMARY KEY,
    first_listed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_sale_at TIMESTAMP WITH TIME ZONE
);

-- The facts of one order needed to attribute later events (paid, completed, refunded) to its dimensions.
CREATE TABLE analytics_order (
    order_id UUID PRIMARY KEY,
    listing_id UUID NOT NULL,
    buyer_id UUID NOT NULL,
    seller_id UUID NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    booking BOOLEAN NOT NULL,
    currency CHAR(3) NOT NULL,
    buyer_total_minor BIGINT NOT NULL,
    fees_minor BIGINT NOT NULL,
    seller_gross_minor BIGINT NOT NULL,
    placed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);

-- Daily counters per category and city. Listing cohort columns (listings_published, listings_transacted_30d)
-- count on the day the listing was first published; the others on the day the event happened.
CREATE TABLE analytics_daily (
    metric_day DATE NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    listings_published INT NOT NULL DEFAULT 0,
    listings_transacted_30d INT NOT NULL DEFAULT 0,
    listing_ttft_hours BIGINT NOT NULL DEFAULT 0,
    listing_ttft_count INT NOT NULL DEFAULT 0,
    seller_ttft_hours BIGINT NOT NULL DEFAULT 0,
    seller_ttft_count INT NOT NULL DEFAULT 0,
    booking_requests INT NOT NULL DEFAULT 0,
    booking_accepted INT NOT NULL DEFAULT 0,
    orders_placed INT NOT NULL DEFAULT 0,
    orders_paid INT NOT NULL DEFAULT 0,
    orders_completed INT NOT NULL DEFAULT 0,
    orders_cancelled INT NOT NULL DEFAULT 0,
    listing_views INT NOT NULL DEFAULT 0,
    checkouts_started INT NOT NULL DEFAULT 0,
    reports INT NOT NULL DEFAULT 0,
    disputes INT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_day, category, city)
);

-- Daily money per category, city and currency (amounts of different currencies are never added).
CREATE TABLE analytics_daily_money (
    metric_day DATE NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    currency CHAR(3) NOT NULL,
    gmv_minor BIGINT NOT NULL DEFAULT 0,
    completed_gmv_minor BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    refunded_fees_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_day, category, city, currency)
);

-- One row per buyer-seller pair and day with paid orders: active members, network density, repeat purchases.
CREATE TABLE analytics_pair_day (
    metric_day DATE NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    buyer_id UUID NOT NULL,
    seller_id UUID NOT NULL,
    paid_orders INT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_day, category, city, buyer_id, seller_id)
);

-- Monthly cohorts: side is SUPPLY (sellers, from their first published listing) or DEMAND (buyers, from their
-- first paid purchase). A member counts once per month they are active.
CREATE TABLE analytics_cohort_member (
    side VARCHAR(6) NOT NULL,
    account_id UUID NOT NULL,
    cohort_month DATE NOT NULL,
    PRIMARY KEY (side, account_id)
);

CREATE TABLE analytics_member_month (
    side VARCHAR(6) NOT NULL,
    account_id UUID NOT NULL,
    active_month DATE NOT NULL,
    PRIMARY KEY (side, account_id, active_month)
);

CREATE TABLE analytics_cohort (
    side VARCHAR(6) NOT NULL,
    cohort_month DATE NOT NULL,
    months_after INT NOT NULL,
    members INT NOT NULL DEFAULT 0,
    PRIMARY KEY (side, cohort_month, months_after)
);

-- Net revenue earned from the orders of each buyer cohort (LTV = revenue / cohort size).
CREATE TABLE analytics_cohort_revenue (
    cohort_month DATE NOT NULL,
    currency CHAR(3) NOT NULL,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_month, currency)
);

-- Gross volume and transactions per seller and calendar year (UTC), kept for the legal retention period.
CREATE TABLE analytics_tax_year (
    seller_id UUID NOT NULL,
    tax_year INT NOT NULL,
    currency CHAR(3) NOT NULL,
    gross_minor BIGINT NOT NULL DEFAULT 0,
    transactions INT NOT NULL DEFAULT 0,
    PRIMARY KEY (seller_id, tax_year, currency)
);
CREATE INDEX analytics_tax_year_by_year ON analytics_tax_year (tax_year);
