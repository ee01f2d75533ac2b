package dev.agora.analytics.internal;

import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes to the analytics tables. Counters are bumped with "add; if the row is missing, insert it, then add": each
 * statement is safe when two listeners touch the same row at once on H2 and PostgreSQL (the update takes the row
 * lock, the insert does nothing if another listener created the row). orders-lean: adding first costs one statement
 * once the row exists (every order but the first of its day, category and city), instead of two.
 * Column names come from this module's code, never from input.
 */
@Component
class MetricTables {

    private final JdbcClient jdbc;

    MetricTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event key; false if it was applied before (the caller then does nothing). */
    boolean firstTime(String eventKey, Instant now) {
        return jdbc.sql("INSERT INTO analytics_seen_event (event_key, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(eventKey, utc(now)).update() == 1;
    }

    /** Adds to the day's counters and to its month's (the monthly rollup always equals the sum of its days). */
    void daily(LocalDate day, String category, String city, Map<String, Long> increments) {
        bump("analytics_daily", "metric_day", day, category, city, increments);
        bump("analytics_monthly", "metric_month", day.withDayOfMonth(1), category, city, increments);
    }

    void money(LocalDate day, String category, String city, String currency, Map<String, Long> increments) {
        bumpMoney("analytics_daily_money", "metric_day", day, category, city, currency, increments);
        bumpMoney("analytics_monthly_money", "metric_month", day.withDayOfMonth(1), category, city, currency, increments);
    }

    void pair(LocalDate day, String category, String city, UUID buyer, UUID seller) {
        bumpPair("analytics_pair_day", "metric_day", day, category, city, buyer, seller);
        bumpPair("analytics_pair_month", "metric_month", day.withDayOfMonth(1), category, city, buyer, seller);
    }

    private void bump(String table, String period, LocalDate at, String category, String city, Map<String, Long> increments) {
        addOrCreate(() -> jdbc.sql("UPDATE " + table + " SET " + additions(increments) + " WHERE " + period
                        + " = ? AND category = ? AND city = ?").params(at, category, city).update(),
                () -> jdbc.sql("INSERT INTO " + table + " (" + period + ", category, city) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(at, category, city).update());
    }

    private void bumpMoney(String table, String period, LocalDate at, String category, String city, String currency,
            Map<String, Long> increments) {
        addOrCreate(() -> jdbc.sql("UPDATE " + table + " SET " + additions(increments) + " WHERE " + period
                        + " = ? AND category = ? AND city = ? AND currency = ?").params(at, category, city, currency).update(),
                () -> jdbc.sql("INSERT INTO " + table + " (" + period + ", category, city, currency) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(at, category, city, currency).update());
    }

    private void bumpPair(String table, String period, LocalDate at, String category, String city, UUID buyer, UUID seller) {
        addOrCreate(() -> jdbc.sql("UPDATE " + table + " SET paid_orders = paid_orders + 1 WHERE " + period
                        + " = ? AND category = ? AND city = ? AND buyer_id = ? AND seller_id = ?")
                        .params(at, category, city, buyer, seller).update(),
                () -> jdbc.sql("INSERT INTO " + table + " (" + period + ", category, city, buyer_id, seller_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(at, category, city, buyer, seller).update());
    }

    /** True if the listing was new to analytics. */
    boolean rememberListing(ListingFacts listing) {
        return jdbc.sql("""
                INSERT INTO analytics_listing (listing_id, seller_id, category, city, first_published_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(listing.listingId(), listing.sellerId(), listing.category(), listing.city(), utc(listing.publishedAt()))
                .update() == 1;
    }

    void refileListing(UUID listingId, String category, String city) {
        jdbc.sql("UPDATE analytics_listing SET category = ?, city = ? WHERE listing_id = ?").params(category, city, listingId).update();
    }

    Optional<ListingFacts> listing(UUID listingId) {
        return jdbc.sql("SELECT listing_id, seller_id, category, city, first_published_at FROM analytics_listing WHERE listing_id = ?")
                .param(listingId)
                .query((rs, n) -> new ListingFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Marks the listing's first transaction; the publication time if this was it, else empty. */
    Optional<Instant> firstTransactionOfListing(UUID listingId, Instant at) {
        int updated = jdbc.sql("UPDATE analytics_listing SET first_transaction_at = ? WHERE listing_id = ? AND first_transaction_at IS NULL")
                .params(utc(at), listingId).update();
        return updated == 1 ? listing(listingId).map(ListingFacts::publishedAt) : Optional.empty();
    }

    void rememberOrder(OrderFacts order) {
        jdbc.sql("""
                INSERT INTO analytics_order (order_id, listing_id, buyer_id, seller_id, category, city, booking, currency,
                    buyer_total_minor, fees_minor, seller_gross_minor, placed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(order.orderId(), order.listingId(), order.buyerId(), order.sellerId(), order.category(), order.city(),
                        order.booking(), order.buyerTotal().currencyCode(), order.buyerTotal().minorUnits(),
                        order.fees().minorUnits(), order.sellerGross().minorUnits(), utc(order.placedAt()))
                .update();
    }

    Optional<OrderFacts> order(UUID orderId) {
        return jdbc.sql("""
                SELECT order_id, listing_id, buyer_id, seller_id, category, city, booking, currency, buyer_total_minor,
                    fees_minor, seller_gross_minor, placed_at FROM analytics_order WHERE order_id = ?""")
                .param(orderId)
                .query((rs, n) -> {
                    String currency = rs.getString(8);
                    return new OrderFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            Money.ofMinor(rs.getLong(9), currency), Money.ofMinor(rs.getLong(10), currency),
                            Money.ofMinor(rs.getLong(11), currency), rs.getObject(12, OffsetDateTime.class).toInstant());
                })
                .optional();
    }

    /** Marks the order completed; false if it was already. */
    boolean completed(UUID orderId, Instant at) {
        return jdbc.sql("UPDATE analytics_order SET completed_at = ? WHERE order_id = ? AND completed_at IS NULL")
                .params(utc(at), orderId).update() == 1;
    }

    boolean isCompleted(UUID orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM analytics_order WHERE order_id = ? AND completed_at IS NOT NULL")
                .param(orderId).query(Long.class).single() > 0;
    }

    void rememberSeller(UUID sellerId, Instant firstListedAt) {
        jdbc.sql("INSERT INTO analytics_seller (seller_id, first_listed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(sellerId, utc(firstListedAt)).update();
    }

    /** Marks the seller's first sale; when they first listed if this was it, else empty. */
    Optional<Instant> firstSaleOfSeller(UUID sellerId, Instant at) {
        int updated = jdbc.sql("UPDATE analytics_seller SET first_sale_at = ? WHERE seller_id = ? AND first_sale_at IS NULL")
                .params(utc(at), sellerId).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT first_listed_at FROM analytics_seller WHERE seller_id = ?").param(sellerId)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /**
     * The member is active on a side in a month: joins a cohort on first activity, and counts once per month in
     * their cohort's row for that month.
     */
    void active(CohortSide side, UUID accountId, LocalDate month) {
        jdbc.sql("INSERT INTO analytics_cohort_member (side, account_id, cohort_month) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(side.name(), accountId, month).update();
        boolean newMonth = jdbc.sql("INSERT INTO analytics_member_month (side, account_id, active_month) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(side.name(), accountId, month).update() == 1;
        if (!newMonth) {
            return;
        }
        LocalDate cohort = cohortOf(side, accountId).orElse(month);
        int monthsAfter = (int) ChronoUnit.MONTHS.between(cohort, month);
        if (monthsAfter < 0) {
            return; // activity reported late, before the month the member joined: not a cohort month
        }
        addOrCreate(() -> jdbc.sql("UPDATE analytics_cohort SET members = members + 1 WHERE side = ? AND cohort_month = ? AND months_after = ?")
                        .params(side.name(), cohort, monthsAfter).update(),
                () -> jdbc.sql("INSERT INTO analytics_cohort (side, cohort_month, months_after) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(side.name(), cohort, monthsAfter).update());
    }

    Optional<LocalDate> cohortOf(CohortSide side, UUID accountId) {
        return jdbc.sql("SELECT cohort_month FROM analytics_cohort_member WHERE side = ? AND account_id = ?")
                .params(side.name(), accountId).query(LocalDate.class).optional();
    }

    void cohortRevenue(LocalDate cohort, String currency, long minor) {
        addOrCreate(() -> jdbc.sql("UPDATE analytics_cohort_revenue SET revenue_minor = revenue_minor + ? WHERE cohort_month = ? AND currency = ?")
                        .params(minor, cohort, currency).update(),
                () -> jdbc.sql("INSERT INTO analytics_cohort_revenue (cohort_month, currency) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(cohort, currency).update());
    }

    void taxYear(UUID sellerId, int year, String currency, long grossMinor, int transactions) {
        addOrCreate(() -> jdbc.sql("UPDATE analytics_tax_year SET gross_minor = gross_minor + ?, transactions = transactions + ? WHERE seller_id = ? AND tax_year = ? AND currency = ?")
                        .params(grossMinor, transactions, sellerId, year, currency).update(),
                () -> jdbc.sql("INSERT INTO analytics_tax_year (seller_id, tax_year, currency) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(sellerId, year, currency).update());
    }

    /** Runs {@code add}; if it found no row, {@code create}s the row (or finds another listener did) and adds again. */
    private static void addOrCreate(java.util.function.IntSupplier add, Runnable create) {
        if (add.getAsInt() == 0) {
            create.run();
            if (add.getAsInt() != 1) {
                throw new IllegalStateException("analytics counter row missing after insert");
            }
        }
    }

    /** orders-cpu: compiled once (String.matches compiled the pattern for every counter update). */
    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("[a-z_0-9]+");

    private static String additions(Map<String, Long> increments) {
        return increments.entrySet().stream().map(e -> {
            if (!COLUMN.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("Not a column: " + e.getKey());
            }
            return e.getKey() + " = " + e.getKey() + " + " + e.getValue();
        }).collect(Collectors.joining(", "));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
