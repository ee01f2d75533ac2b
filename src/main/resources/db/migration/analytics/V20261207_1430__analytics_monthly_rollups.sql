-- analytics (issue 10): monthly rollups beside the daily ones, so a range of years reads about 30 times fewer rows.
-- MetricTables adds every increment to the day's row and to its month's row in the same transaction, so the two
-- always agree; the dashboard reads whole months of a range from these tables and the partial months at its edges
-- from the daily ones. The INSERT ... SELECT statements fill them from what the daily tables already hold.
CREATE TABLE analytics_monthly (
    metric_month DATE NOT NULL,
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
    PRIMARY KEY (metric_month, category, city)
);

CREATE TABLE analytics_monthly_money (
    metric_month DATE NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    currency CHAR(3) NOT NULL,
    gmv_minor BIGINT NOT NULL DEFAULT 0,
    completed_gmv_minor BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    refunded_fees_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_month, category, city, currency)
);

CREATE TABLE analytics_pair_month (
    metric_month DATE NOT NULL,
    category VARCHAR(80) NOT NULL,
    city VARCHAR(120) NOT NULL,
    buyer_id UUID NOT NULL,
    seller_id UUID NOT NULL,
    paid_orders INT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_month, category, city, buyer_id, seller_id)
);

INSERT INTO analytics_monthly (metric_month, category, city, listings_published, listings_transacted_30d,
    listing_ttft_hours, listing_ttft_count, seller_ttft_hours, seller_ttft_count, booking_requests, booking_accepted,
    orders_placed, orders_paid, orders_completed, orders_cancelled, listing_views, checkouts_started, reports, disputes)
SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, SUM(listings_published),
    SUM(listings_transacted_30d), SUM(listing_ttft_hours), SUM(listing_ttft_count), SUM(seller_ttft_hours),
    SUM(seller_ttft_count), SUM(booking_requests), SUM(booking_accepted), SUM(orders_placed), SUM(orders_paid),
    SUM(orders_completed), SUM(orders_cancelled), SUM(listing_views), SUM(checkouts_started), SUM(reports), SUM(disputes)
FROM analytics_daily GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city;

INSERT INTO analytics_monthly_money (metric_month, category, city, currency, gmv_minor, completed_gmv_minor,
    revenue_minor, refunded_fees_minor)
SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, currency, SUM(gmv_minor), SUM(completed_gmv_minor),
    SUM(revenue_minor), SUM(refunded_fees_minor)
FROM analytics_daily_money GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, currency;

INSERT INTO analytics_pair_month (metric_month, category, city, buyer_id, seller_id, paid_orders)
SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, buyer_id, seller_id, SUM(paid_orders)
FROM analytics_pair_day GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, buyer_id, seller_id;
