package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.ListingFacts;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.MetricsReport;
import dev.agora.analytics.internal.OrderFacts;
import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.orders.OrderId;
import dev.agora.trust.DisputeOpened;
import dev.agora.trust.ReportFiled;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support load is fed by trust's events: a dispute counts under its order's category and city, a report about a
 * listing under the listing's, a report about a member under none (so not in one city's figure). Each event is
 * delivered twice and counts once. 4 paid orders, 1 dispute and 1 listing report on 2 June: 2 × 1000 / 4 = 500.0.
 */
@IntegrationTest
class SupportLoadEventsTests {

    @Autowired MarketProjection projection;
    @Autowired MarketHealth health;
    @Autowired AnalyticsSettings settings;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void disputesAndReportsFromTrustFeedTheSupportLoadChartExactly() {
        String city = "Supportville-" + UUID.randomUUID().toString().substring(0, 8);
        UUID seller = UUID.randomUUID();
        UUID listing = UUID.randomUUID();
        Instant june2 = Instant.parse("2025-06-02T10:00:00Z");
        projection.listingPublished("published:" + listing, new ListingFacts(listing, seller, "bikes", city, june2.minusSeconds(86_400)));
        List<OrderFacts> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var order = new OrderFacts(UUID.randomUUID(), listing, UUID.randomUUID(), seller, "bikes", city, false,
                    Money.of("20.00", "EUR"), Money.of("2.00", "EUR"), Money.of("18.00", "EUR"), june2);
            projection.orderPlaced("placed:" + order.orderId(), order);
            projection.orderPaid("paid:" + order.orderId(), order, june2);
            orders.add(order);
        }
        var dispute = new DisputeOpened(UUID.randomUUID(), new OrderId(orders.getFirst().orderId()),
                new AccountId(orders.getFirst().buyerId()), new AccountId(seller), "NOT_AS_DESCRIBED",
                june2.plus(Duration.ofDays(3)), june2.plusSeconds(3600));
        var listingReport = new ReportFiled(UUID.randomUUID(), new AccountId(UUID.randomUUID()), "LISTING", listing.toString(),
                new AccountId(seller), "SCAM", june2.plusSeconds(7200));
        var memberReport = new ReportFiled(UUID.randomUUID(), new AccountId(UUID.randomUUID()), "MEMBER", seller.toString(),
                new AccountId(seller), "ABUSE", june2.plusSeconds(7200));
        for (int delivery = 0; delivery < 2; delivery++) { // redelivered: counted once
            tx.executeWithoutResult(status -> {
                events.publishEvent(dispute);
                events.publishEvent(listingReport);
                events.publishEvent(memberReport);
            });
        }

        var query = MetricQuery.parse("2025-06-01", "2025-06-30", null, city, "EUR", LocalDate.of(2026, 11, 30), settings);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var summary = health.report(query).summary();
            assertThat(summary.disputes()).isEqualTo(1);
            assertThat(summary.reports()).isEqualTo(1);
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var summary = health.report(query).summary();
            assertThat(summary.disputes()).isEqualTo(1);
            assertThat(summary.reports()).isEqualTo(1);
        });
        MetricsReport june = health.report(query);
        assertThat(june.summary().ordersPaid()).isEqualTo(4);
        assertThat(june.summary().supportCasesPer1000Orders()).isEqualByComparingTo("500.0");
        List<BigDecimal> perDay = june.chart("support-load").series().getFirst().values();
        assertThat(perDay.get(1)).isEqualByComparingTo("500.0");                 // 2 June
        assertThat(perDay.get(0)).isNull();                                       // no paid orders on 1 June
        // the member report counts in the all-cities figure (city "-")
        var everywhere = health.report(MetricQuery.parse("2025-06-02", "2025-06-02", null, "-", "EUR",
                LocalDate.of(2026, 11, 30), settings));
        assertThat(everywhere.summary().reports()).isGreaterThanOrEqualTo(1);
    }
}
