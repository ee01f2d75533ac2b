package dev.agora.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.search.SearchPerformed;
import dev.agora.search.SearchResultClicked;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * search-edges (issue 12): the search module's log events in, the search demand figures out, exactly. Two days 40 and
 * 39 days ago (inside the 90-day query retention, days no other test searches on): five searches, three showing nothing
 * (two "no close match"), three clicks on two searches; every event delivered twice and counted once.
 */
@IntegrationTest
class SearchDemandTests {

    static final String DEMO_PASSWORD = "agora-demo-2026";
    private static boolean seeded;

    @LocalServerPort int port;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired SearchDemand demand;
    @Autowired SearchDemandTables tables;
    @Autowired SearchDemandSettings settings;
    @Autowired AnalyticsSettings analyticsSettings;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    LocalDate first;
    LocalDate second;
    final UUID member = UUID.randomUUID();

    @BeforeEach
    void searches() {
        first = LocalDate.now(clock).minusDays(40);
        second = first.plusDays(1);
        if (seeded) {
            return;
        }
        seeded = true;
        UUID kayak1 = UUID.randomUUID();
        UUID roadBike = UUID.randomUUID();
        UUID tent = UUID.randomUUID();
        Instant morning = first.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant nextDay = second.atTime(23, 59).toInstant(ZoneOffset.UTC);
        List<Object> all = List.of(
                new SearchPerformed(kayak1, "kayak", "", 0, false, member, morning),
                new SearchPerformed(UUID.randomUUID(), "kayak", "city=Berlin", 0, true, null, morning.plusSeconds(60)),
                new SearchPerformed(roadBike, "road bike", "", 5, false, null, morning.plusSeconds(120)),
                new SearchPerformed(UUID.randomUUID(), "road bike", "max_price=50", 3, true, null, morning.plusSeconds(180)),
                new SearchPerformed(tent, "tent", "", 2, false, null, nextDay),
                new SearchResultClicked(roadBike, UUID.randomUUID(), 1, morning.plusSeconds(130)),
                new SearchResultClicked(roadBike, UUID.randomUUID(), 3, morning.plusSeconds(140)),
                new SearchResultClicked(tent, UUID.randomUUID(), 2, nextDay.plusSeconds(10)));
        for (int delivery = 0; delivery < 2; delivery++) { // redelivered: counted once
            tx.executeWithoutResult(status -> all.forEach(events::publishEvent));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report().clicks() == 3 && report().searches() == 5);
    }

    @Test
    void eventsInExactFiguresOutAndARedeliveryChangesNothing() {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> report().searches() == 5 && report().clicks() == 3);
        var report = report();
        assertThat(report.searchesPerDay()).isEqualByComparingTo("2.50");
        assertThat(report.zeroResultSearches()).isEqualTo(3); // count 0 (twice), or a count with "no close match"
        assertThat(report.zeroResultPercent()).isEqualByComparingTo("60.0");
        assertThat(report.noCloseMatchSearches()).isEqualTo(2); // a kayak and a road bike search
        assertThat(report.searchesClicked()).isEqualTo(2);
        assertThat(report.clickThroughPercent()).isEqualByComparingTo("40.0");
        assertThat(report.meanClickPosition()).isEqualByComparingTo("2.00"); // (1 + 3 + 2) / 3
        assertThat(report.topQueries()).extracting(SearchDemand.QueryCount::query)
                .containsExactly("kayak", "road bike", "tent");
        assertThat(report.topQueries().getFirst().searches()).isEqualTo(2);
        assertThat(report.topZeroResultQueries()).containsExactly(
                new SearchDemand.QueryCount("kayak", 2, 2), new SearchDemand.QueryCount("road bike", 2, 1));
        var chart = report.chart().series();
        assertThat(chart.get(0).values()).extracting(v -> v.longValue()).containsExactly(4L, 1L);
        assertThat(chart.get(1).values()).extracting(v -> v.longValue()).containsExactly(3L, 0L);
        // one day alone
        var secondDay = demand.report(MetricQuery.parse(second.toString(), second.toString(), null, null, null,
                LocalDate.now(clock), analyticsSettings));
        assertThat(secondDay.searches()).isEqualTo(1);
        assertThat(secondDay.clickThroughPercent()).isEqualByComparingTo("100.0");
    }

    @Test
    void theRollupsKeepNoMemberAndQueryTextsLeaveAfterTheRetention() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) LIKE 'analytics_search%'
                AND (LOWER(column_name) LIKE '%member%' OR LOWER(column_name) LIKE '%account%'
                OR LOWER(column_name) LIKE '%search_id%')""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM analytics_seen_event WHERE event_key LIKE ?")
                .param("%" + member + "%").query(Long.class).single()).isZero();

        LocalDate today = LocalDate.now(clock);
        LocalDate old = today.minusDays(settings.queryRetention().toDays() + 1);
        LocalDate kept = today.minusDays(settings.queryRetention().toDays());
        tables.searched(old, "expired probe", true, false);
        tables.searched(kept, "kept probe", true, false);
        SearchDemandRetention.purge(tables, settings, clock.instant());
        assertThat(tables.top(old, old, false, 10)).isEmpty();
        assertThat(tables.days(old, old)).singleElement().satisfies(day -> assertThat(day.searches()).isPositive());
        assertThat(tables.top(kept, kept, false, 10)).extracting(SearchDemand.QueryCount::query).contains("kept probe");
        // the report's query lists start at the retention's first day
        var longRange = demand.report(MetricQuery.parse(old.minusDays(10).toString(), today.toString(), null, null, null,
                today, analyticsSettings));
        assertThat(longRange.queriesFrom()).isEqualTo(kept);
    }

    @Test
    void operatorsAndFinanceReadTheApiMembersMayNot() {
        ApiClient api = new ApiClient(port);
        String path = "/api/v1/admin/metrics/search?from=" + first + "&to=" + second;
        HttpAnswer operator = get(api, path, token(api, "operator@agora.test"));
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body().get("searches").asLong()).isEqualTo(5);
        assertThat(operator.body().get("zeroResultPercent").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(operator.body().get("clickThroughPercent").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(operator.body().get("meanClickPosition").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(operator.body().get("topZeroResultQueries").get(0).get("query").asString()).isEqualTo("kayak");
        assertThat(get(api, path, token(api, "finance@agora.test")).status()).isEqualTo(200);
        assertThat(api.get(path, "Authorization", ApiClient.bearer(api.newToken("read"))).statusCode()).isEqualTo(403);
        assertThat(api.get(path).statusCode()).isEqualTo(401);
        var reversed = api.get("/api/v1/admin/metrics/search?from=" + second + "&to=" + first, "Authorization",
                token(api, "operator@agora.test"));
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(reversed).get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    record HttpAnswer(int status, JsonNode body) {}

    private static HttpAnswer get(ApiClient api, String path, String authorization) {
        var response = api.get(path, "Authorization", authorization);
        return new HttpAnswer(response.statusCode(), response.statusCode() == 200 ? ApiClient.body(response) : null);
    }

    private static String token(ApiClient api, String email) {
        var response = api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", DEMO_PASSWORD, "scope", "read"));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiClient.bearer(ApiClient.body(response).get("token").asString());
    }

    private SearchDemand.Report report() {
        return demand.report(MetricQuery.parse(first.toString(), second.toString(), null, null, null,
                LocalDate.now(clock), analyticsSettings));
    }
}
