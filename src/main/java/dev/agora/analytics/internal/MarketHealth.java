package dev.agora.analytics.internal;

import static dev.agora.analytics.internal.MetricMath.days;
import static dev.agora.analytics.internal.MetricMath.percent;
import static dev.agora.analytics.internal.MetricMath.perThousand;
import static dev.agora.analytics.internal.MetricMath.ratio;
import static dev.agora.analytics.internal.Rollups.AMOUNTS;
import static dev.agora.analytics.internal.Rollups.COUNTERS;
import static dev.agora.analytics.internal.Rollups.column;

import dev.agora.analytics.internal.MemberActivity.PairRow;
import dev.agora.analytics.internal.MetricsReport.Summary;
import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for a {@link MetricQuery}: three range queries over the rollups ({@link Rollups}: counters,
 * money, buyer–seller pairs), two over the cohort tables ({@link CohortFigures}), whatever the number of orders behind
 * them; the totals here, the series in {@link DashboardCharts}. Definitions in docs/analytics.md.
 */
@Component
public class MarketHealth {

    private final Rollups rollups;
    private final CohortFigures cohortFigures;

    MarketHealth(Rollups rollups, CohortFigures cohortFigures) {
        this.rollups = rollups;
        this.cohortFigures = cohortFigures;
    }

    @Transactional(readOnly = true)
    public MetricsReport report(MetricQuery query) {
        return report(query, RollupSource.AUTO);
    }

    /** The report read from the given rollups; both sources give the same figures (tests compare them). */
    @Transactional(readOnly = true)
    public MetricsReport report(MetricQuery query, RollupSource source) {
        var bucket = query.bucket();
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = bucket.startOf(query.from()); !b.isAfter(query.to()); b = bucket.next(b)) {
            buckets.add(b);
        }
        long[] total = new long[COUNTERS.length];
        long[] totalMoney = new long[AMOUNTS.length];
        Map<LocalDate, long[]> counterBuckets = new TreeMap<>();
        Map<LocalDate, long[]> moneyBuckets = new TreeMap<>();
        rollups.counters(query, source).forEach((period, row) ->
                add(total, counterBuckets.computeIfAbsent(bucket.startOf(period), d -> new long[COUNTERS.length]), row));
        rollups.money(query, source).forEach((period, row) ->
                add(totalMoney, moneyBuckets.computeIfAbsent(bucket.startOf(period), d -> new long[AMOUNTS.length]), row));
        List<PairRow> pairs = rollups.pairs(query, source);
        Map<LocalDate, List<PairRow>> pairsByBucket = new HashMap<>();
        pairs.forEach(row -> pairsByBucket.computeIfAbsent(bucket.startOf(row.period()), b -> new ArrayList<>()).add(row));

        var summary = summary(query, total, totalMoney, MemberActivity.of(pairs));
        var cohorts = cohortFigures.cohorts(query);
        var lifetimeValue = cohortFigures.lifetimeValue(query, cohorts);
        var charts = new DashboardCharts(query, buckets, counterBuckets, moneyBuckets,
                buckets.stream().map(b -> MemberActivity.of(pairsByBucket.getOrDefault(b, List.of()))).toList())
                .all(summary, cohorts, lifetimeValue);
        return new MetricsReport(query, summary, charts, cohorts, lifetimeValue);
    }

    private static Summary summary(MetricQuery query, long[] total, long[] totalMoney, MemberActivity all) {
        LongFunction<Money> amount = minor -> Money.ofMinor(minor, query.currency());
        long netMinor = totalMoney[2] - totalMoney[3];
        return new Summary(amount.apply(totalMoney[0]), amount.apply(totalMoney[1]), amount.apply(totalMoney[2]),
                amount.apply(totalMoney[3]), amount.apply(netMinor), percent(netMinor, totalMoney[1]),
                column(total, "orders_placed"), column(total, "orders_paid"), column(total, "orders_completed"),
                column(total, "orders_cancelled"),
                BigDecimal.valueOf(column(total, "orders_placed")).divide(BigDecimal.valueOf(query.days()), 2, RoundingMode.HALF_EVEN),
                column(total, "listings_published"), column(total, "listings_transacted_30d"),
                percent(column(total, "listings_transacted_30d"), column(total, "listings_published")),
                column(total, "booking_requests"), column(total, "booking_accepted"),
                percent(column(total, "booking_accepted"), column(total, "booking_requests")),
                days(column(total, "listing_ttft_hours"), column(total, "listing_ttft_count")),
                days(column(total, "seller_ttft_hours"), column(total, "seller_ttft_count")),
                all.buyers(), all.sellers(), all.members(), all.pairs(), ratio(all.pairs(), all.members()),
                all.repeatBuyers(), percent(all.repeatBuyers(), all.buyers()),
                column(total, "reports"), column(total, "disputes"),
                perThousand(column(total, "reports") + column(total, "disputes"), column(total, "orders_paid")),
                column(total, "listing_views"), column(total, "checkouts_started"));
    }

    private static void add(long[] total, long[] bucket, long[] row) {
        for (int i = 0; i < row.length; i++) {
            total[i] += row[i];
            bucket[i] += row[i];
        }
    }
}
