package dev.agora.analytics.internal;

import dev.agora.analytics.internal.MemberActivity.PairRow;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the daily or monthly rollups of a {@link MetricQuery}'s range. With monthly points the whole months of the
 * range come from the monthly tables and the partial months at its edges from the daily ones, so the answer is the
 * same as summing the days (the monthly rows are the sums of their days, see {@link MetricTables#daily}).
 */
@Component
class Rollups {

    static final String[] COUNTERS = {"listings_published", "listings_transacted_30d", "listing_ttft_hours",
        "listing_ttft_count", "seller_ttft_hours", "seller_ttft_count", "booking_requests", "booking_accepted",
        "orders_placed", "orders_paid", "orders_completed", "orders_cancelled", "listing_views", "checkouts_started",
        "reports", "disputes"};
    static final String[] AMOUNTS = {"gmv_minor", "completed_gmv_minor", "revenue_minor", "refunded_fees_minor"};

    /** A part of the range read from one granularity; monthly spans name their months by their first days. */
    record Span(boolean monthly, LocalDate from, LocalDate to) {

        String table(String daily, String monthly) {
            return this.monthly ? monthly : daily;
        }

        String period() {
            return monthly ? "metric_month" : "metric_day";
        }
    }

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<Span> spans(MetricQuery query, RollupSource source) {
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (source == RollupSource.DAILY || query.bucket() != MetricQuery.Bucket.MONTH) {
            return List.of(new Span(false, from, to));
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return List.of(new Span(false, from, to));
        }
        List<Span> spans = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            spans.add(new Span(false, from, firstWhole.minusDays(1)));
        }
        spans.add(new Span(true, firstWhole, lastWholeEnd.withDayOfMonth(1)));
        if (lastWholeEnd.isBefore(to)) {
            spans.add(new Span(false, lastWholeEnd.plusDays(1), to));
        }
        return spans;
    }

    /** {@link #COUNTERS} summed per day or month of the range. */
    Map<LocalDate, long[]> counters(MetricQuery query, RollupSource source) {
        Map<LocalDate, long[]> rows = new HashMap<>();
        for (Span span : spans(query, source)) {
            sums(span, span.table("analytics_daily", "analytics_monthly"), COUNTERS, query, false, rows);
        }
        return rows;
    }

    /** {@link #AMOUNTS} in the query's currency, summed per day or month of the range. */
    Map<LocalDate, long[]> money(MetricQuery query, RollupSource source) {
        Map<LocalDate, long[]> rows = new HashMap<>();
        for (Span span : spans(query, source)) {
            sums(span, span.table("analytics_daily_money", "analytics_monthly_money"), AMOUNTS, query, true, rows);
        }
        return rows;
    }

    List<PairRow> pairs(MetricQuery query, RollupSource source) {
        List<PairRow> rows = new ArrayList<>();
        for (Span span : spans(query, source)) {
            var sql = new StringBuilder("SELECT ").append(span.period()).append(", buyer_id, seller_id, SUM(paid_orders) FROM ")
                    .append(span.table("analytics_pair_day", "analytics_pair_month"));
            var params = filters(span, query, sql);
            sql.append(" GROUP BY ").append(span.period()).append(", buyer_id, seller_id");
            jdbc.sql(sql.toString()).params(params).query(rs -> {
                rows.add(new PairRow(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getLong(4)));
            });
        }
        return rows;
    }

    private void sums(Span span, String table, String[] columns, MetricQuery query, boolean byCurrency,
            Map<LocalDate, long[]> into) {
        var sql = new StringBuilder("SELECT ").append(span.period());
        for (String column : columns) {
            sql.append(", SUM(").append(column).append(")");
        }
        sql.append(" FROM ").append(table);
        var params = filters(span, query, sql);
        if (byCurrency) {
            sql.append(" AND currency = :currency");
            params.put("currency", query.currency());
        }
        sql.append(" GROUP BY ").append(span.period());
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            long[] row = into.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new long[columns.length]);
            for (int i = 0; i < columns.length; i++) {
                row[i] += rs.getLong(i + 2);
            }
        });
    }

    private static Map<String, Object> filters(Span span, MetricQuery query, StringBuilder sql) {
        sql.append(" WHERE ").append(span.period()).append(" BETWEEN :from AND :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", span.from());
        params.put("to", span.to());
        if (query.category() != null) {
            sql.append(" AND category = :category");
            params.put("category", query.category());
        }
        if (query.city() != null) {
            sql.append(" AND LOWER(city) = LOWER(:city)");
            params.put("city", query.city());
        }
        return params;
    }

    static long column(long[] row, String column) {
        for (int i = 0; i < COUNTERS.length; i++) {
            if (COUNTERS[i].equals(column)) {
                return row[i];
            }
        }
        throw new IllegalArgumentException(column);
    }
}
