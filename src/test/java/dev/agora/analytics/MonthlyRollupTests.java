package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.ListingFacts;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MarketProjection.FunnelStep;
import dev.agora.analytics.internal.MarketProjection.SupportCase;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.OrderFacts;
import dev.agora.analytics.internal.RollupSource;
import dev.agora.kernel.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Long ranges read the monthly rollups for their whole months and the daily ones for the partial months at the
 * edges; every figure equals the daily path's. A random market of three years in a city of its own, fed as events.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyRollupTests {

    @Autowired MarketProjection projection;
    @Autowired MarketHealth health;
    @Autowired AnalyticsSettings settings;
    @Autowired JdbcTemplate jdbc;

    final String city = "Monthville-" + UUID.randomUUID().toString().substring(0, 8);
    static final Instant START = Instant.parse("2022-01-01T00:00:00Z");

    @BeforeAll
    void feedThreeYearsOfEvents() {
        var random = new Random(7);
        UUID[] sellers = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        UUID[] buyers = new UUID[12];
        for (int i = 0; i < buyers.length; i++) {
            buyers[i] = UUID.randomUUID();
        }
        for (int i = 0; i < 150; i++) {
            Instant published = START.plus(Duration.ofHours(random.nextInt(3 * 365 * 24)));
            UUID listing = UUID.randomUUID();
            UUID seller = sellers[random.nextInt(sellers.length)];
            String category = random.nextBoolean() ? "bikes" : "tools";
            projection.listingPublished("published:" + listing, new ListingFacts(listing, seller, category, city, published));
            projection.funnelStep(FunnelStep.VIEW, listing, published.plus(Duration.ofHours(2)));
            if (random.nextInt(3) == 0) {
                continue;
            }
            Instant paid = published.plus(Duration.ofHours(1 + random.nextInt(60 * 24)));
            var order = new OrderFacts(UUID.randomUUID(), listing, buyers[random.nextInt(buyers.length)], seller, category, city,
                    random.nextInt(4) == 0, Money.ofMinor(1000 + random.nextInt(50_000), "EUR"), Money.ofMinor(100 + random.nextInt(900), "EUR"),
                    Money.ofMinor(900, "EUR"), paid.minus(Duration.ofMinutes(5)));
            projection.orderPlaced("placed:" + order.orderId(), order);
            projection.orderPaid("paid:" + order.orderId(), order, paid);
            if (random.nextInt(5) > 0) {
                projection.orderCompleted("completed:" + order.orderId(), order, paid.plus(Duration.ofDays(1 + random.nextInt(20))));
            }
            if (random.nextInt(10) == 0) {
                projection.supportCase("dispute:" + order.orderId(), SupportCase.DISPUTE, category, city, paid.plus(Duration.ofDays(2)));
            }
        }
    }

    @Test
    void longRangesReadMonthsAndGiveTheDailyFigures() {
        for (String[] range : new String[][] {{"2022-01-01", "2024-12-31"}, {"2022-01-17", "2024-11-03"}, {"2021-12-20", "2025-02-10"}}) {
            var query = MetricQuery.parse(range[0], range[1], null, city, "EUR", LocalDate.of(2026, 11, 30), settings);
            assertThat(query.bucket()).isEqualTo(MetricQuery.Bucket.MONTH);
            var monthly = health.report(query, RollupSource.AUTO);
            var daily = health.report(query, RollupSource.DAILY);
            assertThat(monthly.summary().ordersPaid()).as("orders in %s", (Object) range).isPositive();
            assertThat(monthly).as("range %s", (Object) range).isEqualTo(daily);
            var oneCategory = MetricQuery.parse(range[0], range[1], "tools", city, "EUR", LocalDate.of(2026, 11, 30), settings);
            assertThat(health.report(oneCategory, RollupSource.AUTO)).isEqualTo(health.report(oneCategory, RollupSource.DAILY));
        }
    }

    @Test
    void everyMonthlyRowIsTheSumOfItsDays() {
        String columns = "SUM(orders_placed), SUM(orders_paid), SUM(orders_completed), SUM(listing_views), SUM(listings_transacted_30d), SUM(disputes)";
        var monthly = jdbc.queryForList("SELECT category, metric_month AS m, " + columns
                + " FROM analytics_monthly WHERE city = ? GROUP BY category, metric_month ORDER BY category, m", city);
        var fromDays = jdbc.queryForList("SELECT category, CAST(DATE_TRUNC('MONTH', metric_day) AS DATE) AS m, " + columns
                + " FROM analytics_daily WHERE city = ? GROUP BY category, CAST(DATE_TRUNC('MONTH', metric_day) AS DATE) ORDER BY category, m", city);
        assertThat(monthly).hasSizeGreaterThan(20);
        assertThat(monthly.stream().map(row -> row.values().stream().map(String::valueOf).toList()).toList())
                .isEqualTo(fromDays.stream().map(row -> row.values().stream().map(String::valueOf).toList()).toList());
    }
}
