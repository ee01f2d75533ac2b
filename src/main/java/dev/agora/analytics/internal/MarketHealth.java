package dev.agora.analytics.internal;

import dev.agora.analytics.internal.MetricsReport.Chart;
import dev.agora.analytics.internal.MetricsReport.CohortLtv;
import dev.agora.analytics.internal.MetricsReport.CohortRow;
import dev.agora.analytics.internal.MetricsReport.Kind;
import dev.agora.analytics.internal.MetricsReport.Series;
import dev.agora.analytics.internal.MetricsReport.Summary;
import dev.agora.analytics.internal.MetricsReport.Unit;
import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rollups for a {@link MetricQuery}: three range queries over the daily tables (counters, money, buyer–
 * seller pairs) and two over the cohort tables, whatever the number of orders behind them. Definitions in
 * docs/analytics.md.
 */
@Component
public class MarketHealth {

    static final String[] COUNTERS = {"listings_published", "listings_transacted_30d", "listing_ttft_hours",
        "listing_ttft_count", "seller_ttft_hours", "seller_ttft_count", "booking_requests", "booking_accepted",
        "orders_placed", "orders_paid", "orders_completed", "orders_cancelled", "listing_views", "checkouts_started",
        "reports", "disputes"};
    static final String[] AMOUNTS = {"gmv_minor", "completed_gmv_minor", "revenue_minor", "refunded_fees_minor"};
    static final int COHORT_MONTHS_SHOWN = 6;

    private final JdbcClient jdbc;
    private final Clock clock;

    MarketHealth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MetricsReport report(MetricQuery query) {
        var bucket = query.bucket();
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = bucket.startOf(query.from()); !b.isAfter(query.to()); b = bucket.next(b)) {
            buckets.add(b);
        }
        Map<LocalDate, long[]> counters = sums("analytics_daily", COUNTERS, query, false);
        Map<LocalDate, long[]> money = sums("analytics_daily_money", AMOUNTS, query, true);
        Pairs pairs = pairs(query);

        long[] total = new long[COUNTERS.length];
        long[] totalMoney = new long[AMOUNTS.length];
        Map<LocalDate, long[]> counterBuckets = new TreeMap<>();
        Map<LocalDate, long[]> moneyBuckets = new TreeMap<>();
        counters.forEach((day, row) -> add(total, counterBuckets.computeIfAbsent(bucket.startOf(day), d -> new long[COUNTERS.length]), row));
        money.forEach((day, row) -> add(totalMoney, moneyBuckets.computeIfAbsent(bucket.startOf(day), d -> new long[AMOUNTS.length]), row));

        var currency = Money.currency(query.currency());
        Function<Long, Money> amount = minor -> Money.ofMinor(minor, query.currency());
        long netMinor = totalMoney[2] - totalMoney[3];
        Activity all = Pairs.activity(pairs.rows());
        var summary = new Summary(amount.apply(totalMoney[0]), amount.apply(totalMoney[1]), amount.apply(totalMoney[2]),
                amount.apply(totalMoney[3]), amount.apply(netMinor), percent(netMinor, totalMoney[1]),
                c(total, "orders_placed"), c(total, "orders_paid"), c(total, "orders_completed"), c(total, "orders_cancelled"),
                BigDecimal.valueOf(c(total, "orders_placed")).divide(BigDecimal.valueOf(query.days()), 2, RoundingMode.HALF_EVEN),
                c(total, "listings_published"), c(total, "listings_transacted_30d"),
                percent(c(total, "listings_transacted_30d"), c(total, "listings_published")),
                c(total, "booking_requests"), c(total, "booking_accepted"),
                percent(c(total, "booking_accepted"), c(total, "booking_requests")),
                days(c(total, "listing_ttft_hours"), c(total, "listing_ttft_count")),
                days(c(total, "seller_ttft_hours"), c(total, "seller_ttft_count")),
                all.buyers(), all.sellers(), all.members(), all.pairs(), ratio(all.pairs(), all.members()),
                all.repeatBuyers(), percent(all.repeatBuyers(), all.buyers()),
                c(total, "reports"), c(total, "disputes"),
                perThousand(c(total, "reports") + c(total, "disputes"), c(total, "orders_paid")),
                c(total, "listing_views"), c(total, "checkouts_started"));

        List<String> labels = buckets.stream().map(LocalDate::toString).toList();
        List<Chart> charts = new ArrayList<>();
        Function<Function<long[], @Nullable BigDecimal>, List<@Nullable BigDecimal>> perCounter = f -> buckets.stream()
                .map(b -> f.apply(counterBuckets.getOrDefault(b, new long[COUNTERS.length]))).toList();
        Function<Function<long[], @Nullable BigDecimal>, List<@Nullable BigDecimal>> perMoney = f -> buckets.stream()
                .map(b -> f.apply(moneyBuckets.getOrDefault(b, new long[AMOUNTS.length]))).toList();
        charts.add(new Chart("gmv", Unit.MONEY, Kind.LINE, labels, List.of(
                new Series("gmv", perMoney.apply(m -> major(m[0], currency.getDefaultFractionDigits()))),
                new Series("net-revenue", perMoney.apply(m -> major(m[2] - m[3], currency.getDefaultFractionDigits()))))));
        charts.add(new Chart("take-rate", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("take-rate", perMoney.apply(m -> percent(m[2] - m[3], m[1]))))));
        charts.add(new Chart("orders", Unit.COUNT, Kind.BAR, labels, List.of(
                new Series("placed", perCounter.apply(r -> BigDecimal.valueOf(c(r, "orders_placed")))),
                new Series("paid", perCounter.apply(r -> BigDecimal.valueOf(c(r, "orders_paid")))))));
        charts.add(new Chart("liquidity", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("listings-transacted-30d", perCounter.apply(r -> percent(c(r, "listings_transacted_30d"), c(r, "listings_published")))),
                new Series("bookings-accepted", perCounter.apply(r -> percent(c(r, "booking_accepted"), c(r, "booking_requests")))))));
        charts.add(new Chart("time-to-first-transaction", Unit.DAYS, Kind.LINE, labels, List.of(
                new Series("new-listings", perCounter.apply(r -> days(c(r, "listing_ttft_hours"), c(r, "listing_ttft_count")))),
                new Series("new-sellers", perCounter.apply(r -> days(c(r, "seller_ttft_hours"), c(r, "seller_ttft_count")))))));
        Map<LocalDate, List<PairDay>> pairsByBucket = new HashMap<>();
        pairs.rows().forEach(row -> pairsByBucket.computeIfAbsent(bucket.startOf(row.day()), b -> new ArrayList<>()).add(row));
        List<Activity> activity = buckets.stream().map(b -> Pairs.activity(pairsByBucket.getOrDefault(b, List.of()))).toList();
        charts.add(new Chart("active-members", Unit.COUNT, Kind.LINE, labels, List.of(
                new Series("buyers", activity.stream().map(a -> BigDecimal.valueOf(a.buyers())).toList()),
                new Series("sellers", activity.stream().map(a -> BigDecimal.valueOf(a.sellers())).toList()))));
        charts.add(new Chart("network-density", Unit.RATIO, Kind.LINE, labels, List.of(
                new Series("pairs-per-active-member", activity.stream().map(a -> ratio(a.pairs(), a.members())).toList()))));
        charts.add(new Chart("repeat-purchases", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("repeat-buyers", activity.stream().map(a -> percent(a.repeatBuyers(), a.buyers())).toList()))));
        charts.add(new Chart("support-load", Unit.RATIO, Kind.LINE, labels, List.of(
                new Series("cases-per-1000-orders", perCounter.apply(r -> perThousand(c(r, "reports") + c(r, "disputes"), c(r, "orders_paid")))))));
        charts.add(new Chart("funnel", Unit.COUNT, Kind.BAR, List.of("viewed", "checkout-started", "paid", "completed"),
                List.of(new Series("orders", List.of(BigDecimal.valueOf(summary.listingViews()),
                        BigDecimal.valueOf(summary.checkoutsStarted()), BigDecimal.valueOf(summary.ordersPaid()),
                        BigDecimal.valueOf(summary.ordersCompleted()))))));

        List<CohortRow> cohorts = cohorts(query);
        List<CohortLtv> ltv = lifetimeValue(query, cohorts);
        List<String> months = cohorts.stream().map(CohortRow::month).distinct().sorted().toList();
        charts.add(new Chart("churn", Unit.PERCENT, Kind.BAR, months, List.of(
                new Series("supply", churnSeries(cohorts, CohortSide.SUPPLY, months)),
                new Series("demand", churnSeries(cohorts, CohortSide.DEMAND, months)))));
        List<String> ltvMonths = ltv.stream().map(CohortLtv::month).toList();
        List<Series> ltvSeries = new ArrayList<>();
        ltvSeries.add(new Series("ltv", ltv.stream().map(l -> l.lifetimeValue().amount()).toList()));
        if (query.cac() != null) {
            ltvSeries.add(new Series("cac", ltv.stream().map(l -> query.cac()).toList()));
        }
        charts.add(new Chart("ltv", Unit.MONEY, Kind.BAR, ltvMonths, ltvSeries));
        return new MetricsReport(query, summary, charts, cohorts, ltv);
    }

    private Map<LocalDate, long[]> sums(String table, String[] columns, MetricQuery query, boolean byCurrency) {
        var sql = new StringBuilder("SELECT metric_day");
        for (String column : columns) {
            sql.append(", SUM(").append(column).append(")");
        }
        sql.append(" FROM ").append(table).append(" WHERE metric_day BETWEEN :from AND :to");
        var params = filters(query, sql);
        if (byCurrency) {
            sql.append(" AND currency = :currency");
            params.put("currency", query.currency());
        }
        sql.append(" GROUP BY metric_day");
        Map<LocalDate, long[]> rows = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            long[] row = new long[columns.length];
            for (int i = 0; i < columns.length; i++) {
                row[i] = rs.getLong(i + 2);
            }
            rows.put(rs.getObject(1, LocalDate.class), row);
        });
        return rows;
    }

    private Map<String, Object> filters(MetricQuery query, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", query.from());
        params.put("to", query.to());
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

    private Pairs pairs(MetricQuery query) {
        var sql = new StringBuilder("SELECT metric_day, buyer_id, seller_id, SUM(paid_orders) FROM analytics_pair_day WHERE metric_day BETWEEN :from AND :to");
        var params = filters(query, sql);
        sql.append(" GROUP BY metric_day, buyer_id, seller_id");
        List<PairDay> rows = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            rows.add(new PairDay(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getLong(4)));
        });
        return new Pairs(rows);
    }

    private List<CohortRow> cohorts(MetricQuery query) {
        Map<String, Map<Integer, Long>> bySideAndMonth = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT side, cohort_month, months_after, members FROM analytics_cohort
                WHERE cohort_month BETWEEN :from AND :to ORDER BY side, cohort_month, months_after""")
                .param("from", query.from().withDayOfMonth(1)).param("to", query.to())
                .query(rs -> {
                    bySideAndMonth.computeIfAbsent(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class), k -> new TreeMap<>())
                            .put(rs.getInt(3), rs.getLong(4));
                });
        YearMonth current = YearMonth.now(clock);
        List<CohortRow> rows = new ArrayList<>();
        bySideAndMonth.forEach((key, active) -> {
            String[] parts = key.split("\\|");
            YearMonth month = YearMonth.parse(parts[1].substring(0, 7));
            long size = active.getOrDefault(0, 0L);
            List<Long> byMonth = new ArrayList<>();
            for (int i = 0; i <= COHORT_MONTHS_SHOWN && !month.plusMonths(i).isAfter(current); i++) {
                byMonth.add(active.getOrDefault(i, 0L));
            }
            // churn is known once the month after joining has ended
            BigDecimal churn = month.plusMonths(1).isBefore(current) && size > 0
                    ? percent(size - active.getOrDefault(1, 0L), size) : null;
            rows.add(new CohortRow(CohortSide.valueOf(parts[0]), month.toString(), size, byMonth, churn));
        });
        return rows;
    }

    private List<CohortLtv> lifetimeValue(MetricQuery query, List<CohortRow> cohorts) {
        Map<String, Long> revenue = new HashMap<>();
        jdbc.sql("SELECT cohort_month, revenue_minor FROM analytics_cohort_revenue WHERE currency = :currency AND cohort_month BETWEEN :from AND :to")
                .param("currency", query.currency()).param("from", query.from().withDayOfMonth(1)).param("to", query.to())
                .query(rs -> {
                    revenue.put(rs.getObject(1, LocalDate.class).toString().substring(0, 7), rs.getLong(2));
                });
        int digits = Money.currency(query.currency()).getDefaultFractionDigits();
        return cohorts.stream().filter(c -> c.side() == CohortSide.DEMAND && c.size() > 0).map(c -> {
            long earned = revenue.getOrDefault(c.month(), 0L);
            long perBuyer = BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(c.size()), 0, RoundingMode.HALF_EVEN).longValueExact();
            BigDecimal ratio = query.cac() == null || query.cac().signum() == 0 ? null
                    : BigDecimal.valueOf(perBuyer, digits).divide(query.cac(), 2, RoundingMode.HALF_EVEN);
            return new CohortLtv(c.month(), c.size(), Money.ofMinor(earned, query.currency()),
                    Money.ofMinor(perBuyer, query.currency()), ratio);
        }).toList();
    }

    private static List<@Nullable BigDecimal> churnSeries(List<CohortRow> cohorts, CohortSide side, List<String> months) {
        Map<String, @Nullable BigDecimal> churn = new HashMap<>();
        cohorts.stream().filter(c -> c.side() == side).forEach(c -> churn.put(c.month(), c.churnPercent()));
        List<@Nullable BigDecimal> values = new ArrayList<>();
        months.forEach(m -> values.add(churn.get(m)));
        return values;
    }

    private static void add(long[] total, long[] bucket, long[] row) {
        for (int i = 0; i < row.length; i++) {
            total[i] += row[i];
            bucket[i] += row[i];
        }
    }

    private static long c(long[] row, String column) {
        for (int i = 0; i < COUNTERS.length; i++) {
            if (COUNTERS[i].equals(column)) {
                return row[i];
            }
        }
        throw new IllegalArgumentException(column);
    }

    static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal perThousand(long cases, long orders) {
        return orders == 0 ? null : BigDecimal.valueOf(cases * 1000L).divide(BigDecimal.valueOf(orders), 1, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal days(long hours, long count) {
        return count == 0 ? null : BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(count * 24L), 1, RoundingMode.HALF_EVEN);
    }

    static BigDecimal major(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits);
    }

    private record PairDay(LocalDate day, UUID buyer, UUID seller, long paidOrders) {}

    private record Activity(long buyers, long sellers, long members, long pairs, long repeatBuyers) {}

    /** The buyer–seller pairs of the range, counted per sub-range (distinct members cannot be summed over days). */
    private record Pairs(List<PairDay> rows) {

        static Activity activity(List<PairDay> rows) {
            Set<UUID> buyers = new HashSet<>();
            Set<UUID> sellers = new HashSet<>();
            Set<UUID> members = new HashSet<>();
            Set<List<UUID>> pairs = new HashSet<>();
            Map<UUID, Long> purchases = new HashMap<>();
            for (PairDay row : rows) {
                buyers.add(row.buyer());
                sellers.add(row.seller());
                members.add(row.buyer());
                members.add(row.seller());
                pairs.add(List.of(row.buyer(), row.seller()));
                purchases.merge(row.buyer(), row.paidOrders(), Long::sum);
            }
            long repeat = purchases.values().stream().filter(n -> n >= 2).count();
            return new Activity(buyers.size(), sellers.size(), members.size(), pairs.size(), repeat);
        }
    }
}
