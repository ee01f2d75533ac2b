package dev.agora.analytics.internal;

import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dashboard's figures for one {@link MetricQuery}: range totals, chart series and cohort tables. */
public record MetricsReport(MetricQuery query, Summary summary, List<Chart> charts, List<CohortRow> cohorts,
        List<CohortLtv> lifetimeValue) {

    public Chart chart(String key) {
        return charts.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No chart " + key));
    }

    public record Summary(
            Money gmv,
            Money completedGmv,
            Money revenue,
            Money refundedFees,
            Money netRevenue,
            @Nullable BigDecimal takeRatePercent,
            long ordersPlaced,
            long ordersPaid,
            long ordersCompleted,
            long ordersCancelled,
            BigDecimal ordersPerDay,
            long listingsPublished,
            long listingsTransactedIn30Days,
            @Nullable BigDecimal liquidityPercent,
            long bookingRequests,
            long bookingsAccepted,
            @Nullable BigDecimal bookingAcceptancePercent,
            @Nullable BigDecimal listingDaysToFirstTransaction,
            @Nullable BigDecimal sellerDaysToFirstSale,
            long activeBuyers,
            long activeSellers,
            long activeMembers,
            long buyerSellerPairs,
            @Nullable BigDecimal pairsPerActiveMember,
            long repeatBuyers,
            @Nullable BigDecimal repeatPurchasePercent,
            long reports,
            long disputes,
            @Nullable BigDecimal supportCasesPer1000Orders,
            long listingViews,
            long checkoutsStarted) {}

    /** A chart: x labels (bucket start dates, cohort months or funnel steps) and one value per label per series. */
    public record Chart(String key, Unit unit, Kind kind, List<String> labels, List<Series> series) {}

    public record Series(String key, List<@Nullable BigDecimal> values) {}

    public enum Unit {
        MONEY,
        PERCENT,
        COUNT,
        DAYS,
        RATIO
    }

    public enum Kind {
        LINE,
        BAR
    }

    /** A monthly cohort: its size, how many were active in each month after joining, churn in its next month. */
    public record CohortRow(CohortSide side, String month, long size, List<Long> activeByMonth,
            @Nullable BigDecimal churnPercent) {}

    /** Net revenue per buyer of a cohort so far, against the acquisition cost stored for its month (if any). */
    public record CohortLtv(String month, long buyers, Money revenue, Money lifetimeValue, @Nullable Money acquisitionCost,
            @Nullable BigDecimal ltvToCac) {}
}
