package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.analytics.internal.AcquisitionCosts;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.CohortSide;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.MetricsReport;
import dev.agora.analytics.internal.MetricsReport.CohortRow;
import dev.agora.analytics.internal.OrderFacts;
import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics of {@link SeededMarket} (March 2025), worked out by hand, on H2 and on PostgreSQL:
 * <pre>
 * orders  buyer seller listing  placed  paid    completed  total   fees   seller gross
 * o1      b1    s1     l1       03-02   03-02   03-05      110.00  15.00  100.00
 * o2      b2    s2     l3       03-04   03-04   03-08       55.00   7.50   50.00  refund 11.00 on 03-09
 * o3      b1    s1     l2       03-06   03-06   03-10      220.00  30.00  200.00
 * o4      b3    s2     l4 (bkg) 03-07   cancelled 03-07
 * o5      b3    s2     l4 (bkg) 03-08   03-08                33.00   4.00   30.00
 * o6      b1    s1     l5       04-15   04-15 (April)        22.00   3.00   20.00
 * listings published: l1 03-01 10:00, l2 03-01 12:00, l3 03-02 10:00, l4 03-03 10:00, l5 03-09 10:00
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MarketMetricsContract {

    @Autowired MarketProjection projection;
    @Autowired MarketHealth health;
    @Autowired AnalyticsSettings settings;
    @Autowired AcquisitionCosts acquisitionCosts;
    @Autowired AuditLog audit;

    SeededMarket market;
    MetricsReport march;

    @BeforeAll
    void seed() {
        market = new SeededMarket(projection).seed();
        // the all-city figure is overridden by the city's own for March (the city's wins); a channel's is not used
        acquisitionCosts.enter(OPERATOR, "2025-03", "", "", "99.00", "EUR", "seeded all-city figure");
        acquisitionCosts.enter(OPERATOR, "2025-03", "", market.city, "9.00", "EUR", "first estimate");
        acquisitionCosts.enter(OPERATOR, "2025-03", "", market.city, "8.50", "EUR", "corrected after the invoice");
        acquisitionCosts.enter(OPERATOR, "2025-03", "Search ads", market.city, "1.00", "EUR", "one channel");
        march = health.report(query(market.city));
    }

    static final AccountId OPERATOR = new AccountId(UUID.randomUUID());

    MetricQuery query(String city) {
        return MetricQuery.parse("2025-03-01", "2025-03-31", null, city, "EUR", LocalDate.of(2026, 11, 30), settings);
    }

    @Test
    void moneyGmvRevenueAndTakeRate() {
        var s = march.summary();
        assertThat(s.gmv()).isEqualTo(Money.of("418.00", "EUR"));           // 110 + 55 + 220 + 33 paid in March
        assertThat(s.completedGmv()).isEqualTo(Money.of("385.00", "EUR"));  // o1 + o2 + o3
        assertThat(s.revenue()).isEqualTo(Money.of("52.50", "EUR"));        // 15 + 7.50 + 30
        assertThat(s.refundedFees()).isEqualTo(Money.of("1.50", "EUR"));    // 11.00 × 7.50 / 55.00
        assertThat(s.netRevenue()).isEqualTo(Money.of("51.00", "EUR"));
        assertThat(s.takeRatePercent()).isEqualByComparingTo("13.2");       // 51 / 385
    }

    @Test
    void ordersLiquidityAndTimeToFirstTransaction() {
        var s = march.summary();
        assertThat(s.ordersPlaced()).isEqualTo(5);
        assertThat(s.ordersPaid()).isEqualTo(4);
        assertThat(s.ordersCompleted()).isEqualTo(3);
        assertThat(s.ordersCancelled()).isEqualTo(1);
        assertThat(s.ordersPerDay()).isEqualByComparingTo("0.16");           // 5 / 31
        assertThat(s.listingsPublished()).isEqualTo(5);
        assertThat(s.listingsTransactedIn30Days()).isEqualTo(4);              // l5 sold after 37 days
        assertThat(s.liquidityPercent()).isEqualByComparingTo("80.0");
        assertThat(s.bookingRequests()).isEqualTo(2);
        assertThat(s.bookingsAccepted()).isEqualTo(1);
        assertThat(s.bookingAcceptancePercent()).isEqualByComparingTo("50.0");
        // listings: 24 h + 48 h + 120 h + 130 h = 322 h over 4 = 3.35 days; sellers: (24 h + 48 h) / 2 = 1.5 days
        assertThat(s.listingDaysToFirstTransaction()).isEqualByComparingTo("3.4");
        assertThat(s.sellerDaysToFirstSale()).isEqualByComparingTo("1.5");
    }

    @Test
    void activeMembersNetworkDensityAndRepeatPurchases() {
        var s = march.summary();
        assertThat(s.activeBuyers()).isEqualTo(3);
        assertThat(s.activeSellers()).isEqualTo(2);
        assertThat(s.activeMembers()).isEqualTo(5);
        assertThat(s.buyerSellerPairs()).isEqualTo(3);                        // b1–s1, b2–s2, b3–s2
        assertThat(s.pairsPerActiveMember()).isEqualByComparingTo("0.60");
        assertThat(s.repeatBuyers()).isEqualTo(1);                            // b1 paid twice
        assertThat(s.repeatPurchasePercent()).isEqualByComparingTo("33.3");
    }

    @Test
    void supportLoadAndFunnel() {
        var s = march.summary();
        assertThat(s.reports()).isEqualTo(1);
        assertThat(s.disputes()).isEqualTo(1);
        assertThat(s.supportCasesPer1000Orders()).isEqualByComparingTo("500.0"); // 2 × 1000 / 4 paid
        assertThat(march.chart("funnel").series().getFirst().values())
                .extracting(BigDecimal::intValue).containsExactly(5, 3, 4, 3);
    }

    @Test
    void cohortsChurnAndLifetimeValue() {
        CohortRow sellers = cohort(CohortSide.SUPPLY);
        CohortRow buyers = cohort(CohortSide.DEMAND);
        assertThat(sellers.size()).isEqualTo(2);
        assertThat(sellers.activeByMonth()).startsWith(2L, 1L);              // s1 sold in April, s2 did nothing
        assertThat(sellers.churnPercent()).isEqualByComparingTo("50.0");
        assertThat(buyers.size()).isEqualTo(3);
        assertThat(buyers.activeByMonth()).startsWith(3L, 1L);               // b1 bought again in April
        assertThat(buyers.churnPercent()).isEqualByComparingTo("66.7");
        var ltv = march.lifetimeValue().stream().filter(l -> l.month().equals("2025-03")).findFirst().orElseThrow();
        assertThat(ltv.revenue()).isEqualTo(Money.of("51.00", "EUR"));      // o1 + o2 + o3 fees − refund share
        assertThat(ltv.lifetimeValue()).isEqualTo(Money.of("17.00", "EUR"));
        assertThat(ltv.acquisitionCost()).isEqualTo(Money.of("8.50", "EUR")); // the city's latest all-channel figure
        assertThat(ltv.ltvToCac()).isEqualByComparingTo("2.00");             // 17.00 / 8.50
        assertThat(march.chart("ltv").series()).extracting(s -> s.key()).containsExactly("ltv", "cac");
    }

    @Test
    void acquisitionCostsAreAuditedAndBadInputChangesNothing() {
        assertThat(audit.about("acquisition-cost:2025-03/EUR/-/" + market.city)).extracting(e -> e.reason())
                .containsExactly("first estimate", "corrected after the invoice");
        assertThatThrownBy(() -> acquisitionCosts.enter(OPERATOR, "2025-03", "", market.city, "1.00", "EUR", " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> acquisitionCosts.enter(OPERATOR, "2025-13", "", market.city, "1.00", "EUR", "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("month");
        assertThatThrownBy(() -> acquisitionCosts.enter(OPERATOR, "2025-03", "", market.city, "-1", "EUR", "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> acquisitionCosts.enter(OPERATOR, "2025-03", "", market.city, "1.001", "EUR", "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
        var ltv = health.report(query(market.city)).lifetimeValue().stream().filter(l -> l.month().equals("2025-03")).findFirst().orElseThrow();
        assertThat(ltv.acquisitionCost()).isEqualTo(Money.of("8.50", "EUR"));
    }

    @Test
    void dailySeriesAndFilters() {
        var gmv = march.chart("gmv");
        assertThat(gmv.labels()).hasSize(31).startsWith("2025-03-01");
        assertThat(gmv.series().getFirst().values().get(1)).isEqualByComparingTo("110.00"); // 2 March
        assertThat(gmv.series().getFirst().values().get(0)).isEqualByComparingTo("0");
        var other = health.report(MetricQuery.parse("2025-03-01", "2025-03-31", "cars", market.city, "EUR",
                LocalDate.of(2026, 11, 30), settings));
        assertThat(other.summary().ordersPlaced()).isZero();
        var sameCityOtherCase = health.report(query(market.city.toUpperCase()));
        assertThat(sameCityOtherCase.summary().ordersPlaced()).isEqualTo(5);
    }

    @Test
    void aListingSoldAfterThirtyDaysCountsInItsSaleMonthOnly() {
        var april = health.report(MetricQuery.parse("2025-04-01", "2025-04-30", null, market.city, "EUR",
                LocalDate.of(2026, 11, 30), settings));
        assertThat(april.summary().gmv()).isEqualTo(Money.of("22.00", "EUR"));
        assertThat(april.summary().listingDaysToFirstTransaction()).isEqualByComparingTo("37.0"); // 03-09 10:00 → 04-15 09:00 = 887 h
    }

    @Test
    void redeliveredEventsChangeNothing() {
        var order = new OrderFacts(UUID.randomUUID(), market.l1, market.b2, market.s1, "bikes", market.city, false,
                Money.of("10.00", "EUR"), Money.of("1.00", "EUR"), Money.of("9.00", "EUR"), SeededMarket.at("2025-05-02T10:00"));
        for (int i = 0; i < 3; i++) {
            projection.orderPlaced("placed:" + order.orderId(), order);
            projection.orderPaid("paid:" + order.orderId(), order, SeededMarket.at("2025-05-02T10:00"));
            projection.orderCompleted("completed:" + order.orderId(), order, SeededMarket.at("2025-05-03T10:00"));
        }
        var may = health.report(MetricQuery.parse("2025-05-01", "2025-05-31", null, market.city, "EUR",
                LocalDate.of(2026, 11, 30), settings)).summary();
        assertThat(may.ordersPlaced()).isEqualTo(1);
        assertThat(may.gmv()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(may.revenue()).isEqualTo(Money.of("1.00", "EUR"));
    }

    private CohortRow cohort(CohortSide side) {
        return march.cohorts().stream().filter(c -> c.side() == side && c.month().equals("2025-03")).findFirst().orElseThrow();
    }
}
