package dev.agora.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.SearchDemand;
import dev.agora.search.SearchPerformed;
import dev.agora.search.SearchResultClicked;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * search-edges (issue 12): an operator reads the search demand section of the dashboard on a phone and a laptop: key
 * figures, the searches chart and the queries nobody found anything for. A week 60 days ago, searched only here.
 */
class SearchDemandBrowserTests extends BrowserTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired SearchDemand demand;
    @Autowired AnalyticsSettings settings;
    @Autowired Clock clock;

    @Test
    void theSearchDemandSectionShowsFiguresChartAndUnmetQueries() {
        LocalDate from = LocalDate.now(clock).minusDays(66);
        LocalDate to = from.plusDays(6);
        String[] queries = {"canoe", "canoe", "canoe", "standup paddle", "bike", "bike", "bike", "bike"};
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < queries.length; i++) {
                UUID id = UUID.randomUUID();
                var at = from.plusDays(i % 7).atTime(12, 0).toInstant(ZoneOffset.UTC);
                boolean found = queries[i].equals("bike");
                events.publishEvent(new SearchPerformed(id, queries[i], "", found ? 12 : 0, false, null, at));
                if (found) {
                    events.publishEvent(new SearchResultClicked(id, UUID.randomUUID(), i % 3 + 1, at.plusSeconds(30)));
                }
            }
        });
        var query = MetricQuery.parse(from.toString(), to.toString(), null, null, null, LocalDate.now(clock), settings);
        await().atMost(Duration.ofSeconds(30)).until(() -> demand.report(query).clicks() == 4);

        for (var device : new String[] {"phone", "desktop"}) {
            Page page = "phone".equals(device) ? phone() : desktop();
            logIn("operator@agora.test", DEMO_PASSWORD);
            page.navigate("/admin/analytics?from=" + from + "&to=" + to);
            var section = page.locator("section.search-demand");
            assertThat(section.locator("h2")).hasText("Search demand");
            assertThat(section.locator(".search-kpis")).containsText("50.0 %"); // 4 of 8 found nothing
            assertThat(section.locator(".search-kpis")).containsText("1.14"); // 8 searches / 7 days
            assertThat(section.locator("#card-searches svg path.line").first()).isVisible();
            assertThat(section.locator("table.zero-result-queries tbody tr").first()).containsText("canoe");
            assertThat(section.locator("table.zero-result-queries tbody tr")).hasCount(2);
            assertThat(section.locator("table.top-queries tbody tr").first()).containsText("bike");
            var shot = SCREENSHOTS.resolve("analytics-search-demand-" + device + ".png");
            section.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shot));
            publish(shot);
        }
    }
}
