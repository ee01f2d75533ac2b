package dev.agora.analytics.internal;

import static dev.agora.analytics.internal.MetricMath.days;
import static dev.agora.analytics.internal.MetricMath.major;
import static dev.agora.analytics.internal.MetricMath.perThousand;
import static dev.agora.analytics.internal.MetricMath.percent;
import static dev.agora.analytics.internal.MetricMath.ratio;
import static dev.agora.analytics.internal.Rollups.AMOUNTS;
import static dev.agora.analytics.internal.Rollups.COUNTERS;
import static dev.agora.analytics.internal.Rollups.column;

import dev.agora.analytics.internal.MetricsReport.Chart;
import dev.agora.analytics.internal.MetricsReport.CohortLtv;
import dev.agora.analytics.internal.MetricsReport.CohortRow;
import dev.agora.analytics.internal.MetricsReport.Kind;
import dev.agora.analytics.internal.MetricsReport.Series;
import dev.agora.analytics.internal.MetricsReport.Summary;
import dev.agora.analytics.internal.MetricsReport.Unit;
import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The dashboard's chart series, one value per bucket (day, week or month) of the range, from the bucketed rollups. */
record DashboardCharts(MetricQuery query, List<LocalDate> buckets, Map<LocalDate, long[]> counters,
        Map<LocalDate, long[]> money, List<MemberActivity> activity) {

    List<Chart> all(Summary summary, List<CohortRow> cohorts, List<CohortLtv> ltv) {
        int digits = Money.currency(query.currency()).getDefaultFractionDigits();
        List<String> labels = buckets.stream().map(LocalDate::toString).toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("gmv", Unit.MONEY, Kind.LINE, labels, List.of(
                new Series("gmv", perMoney(m -> major(m[0], digits))),
                new Series("net-revenue", perMoney(m -> major(m[2] - m[3], digits))))));
        charts.add(new Chart("take-rate", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("take-rate", perMoney(m -> percent(m[2] - m[3], m[1]))))));
        charts.add(new Chart("orders", Unit.COUNT, Kind.BAR, labels, List.of(
                new Series("placed", perCounter(r -> BigDecimal.valueOf(column(r, "orders_placed")))),
                new Series("paid", perCounter(r -> BigDecimal.valueOf(column(r, "orders_paid")))))));
        charts.add(new Chart("liquidity", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("listings-transacted-30d", perCounter(r -> percent(column(r, "listings_transacted_30d"), column(r, "listings_published")))),
                new Series("bookings-accepted", perCounter(r -> percent(column(r, "booking_accepted"), column(r, "booking_requests")))))));
        charts.add(new Chart("time-to-first-transaction", Unit.DAYS, Kind.LINE, labels, List.of(
                new Series("new-listings", perCounter(r -> days(column(r, "listing_ttft_hours"), column(r, "listing_ttft_count")))),
                new Series("new-sellers", perCounter(r -> days(column(r, "seller_ttft_hours"), column(r, "seller_ttft_count")))))));
        charts.add(new Chart("active-members", Unit.COUNT, Kind.LINE, labels, List.of(
                new Series("buyers", activity.stream().map(a -> BigDecimal.valueOf(a.buyers())).toList()),
                new Series("sellers", activity.stream().map(a -> BigDecimal.valueOf(a.sellers())).toList()))));
        charts.add(new Chart("network-density", Unit.RATIO, Kind.LINE, labels, List.of(
                new Series("pairs-per-active-member", activity.stream().map(a -> ratio(a.pairs(), a.members())).toList()))));
        charts.add(new Chart("repeat-purchases", Unit.PERCENT, Kind.LINE, labels, List.of(
                new Series("repeat-buyers", activity.stream().map(a -> percent(a.repeatBuyers(), a.buyers())).toList()))));
        charts.add(new Chart("support-load", Unit.RATIO, Kind.LINE, labels, List.of(
                new Series("cases-per-1000-orders", perCounter(r -> perThousand(column(r, "reports") + column(r, "disputes"), column(r, "orders_paid")))))));
        charts.add(new Chart("funnel", Unit.COUNT, Kind.BAR, List.of("viewed", "checkout-started", "paid", "completed"),
                List.of(new Series("orders", List.of(BigDecimal.valueOf(summary.listingViews()),
                        BigDecimal.valueOf(summary.checkoutsStarted()), BigDecimal.valueOf(summary.ordersPaid()),
                        BigDecimal.valueOf(summary.ordersCompleted()))))));
        List<String> months = cohorts.stream().map(CohortRow::month).distinct().sorted().toList();
        charts.add(new Chart("churn", Unit.PERCENT, Kind.BAR, months, List.of(
                new Series("supply", churn(cohorts, CohortSide.SUPPLY, months)),
                new Series("demand", churn(cohorts, CohortSide.DEMAND, months)))));
        List<Series> ltvSeries = new ArrayList<>();
        ltvSeries.add(new Series("ltv", ltv.stream().map(l -> l.lifetimeValue().amount()).toList()));
        if (ltv.stream().anyMatch(l -> l.acquisitionCost() != null)) {
            List<@Nullable BigDecimal> cac = new ArrayList<>();
            ltv.forEach(l -> cac.add(l.acquisitionCost() == null ? null : l.acquisitionCost().amount()));
            ltvSeries.add(new Series("cac", cac));
        }
        charts.add(new Chart("ltv", Unit.MONEY, Kind.BAR, ltv.stream().map(CohortLtv::month).toList(), ltvSeries));
        return charts;
    }

    private List<@Nullable BigDecimal> perCounter(Function<long[], @Nullable BigDecimal> value) {
        List<@Nullable BigDecimal> values = new ArrayList<>();
        buckets.forEach(b -> values.add(value.apply(counters.getOrDefault(b, new long[COUNTERS.length]))));
        return values;
    }

    private List<@Nullable BigDecimal> perMoney(Function<long[], @Nullable BigDecimal> value) {
        List<@Nullable BigDecimal> values = new ArrayList<>();
        buckets.forEach(b -> values.add(value.apply(money.getOrDefault(b, new long[AMOUNTS.length]))));
        return values;
    }

    private static List<@Nullable BigDecimal> churn(List<CohortRow> cohorts, CohortSide side, List<String> months) {
        Map<String, @Nullable BigDecimal> churn = new HashMap<>();
        cohorts.stream().filter(c -> c.side() == side).forEach(c -> churn.put(c.month(), c.churnPercent()));
        List<@Nullable BigDecimal> values = new ArrayList<>();
        months.forEach(m -> values.add(churn.get(m)));
        return values;
    }
}
