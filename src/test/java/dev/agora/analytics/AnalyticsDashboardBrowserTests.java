package dev.agora.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import dev.agora.analytics.internal.MarketProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An operator opens the dashboard on a phone and a laptop; the charts render with the seeded market's data. */
class AnalyticsDashboardBrowserTests extends BrowserTest {

    @Autowired MarketProjection projection;

    @Test
    void theChartsRenderWithDataOnPhoneAndDesktop() {
        var market = new SeededMarket(projection).seed();
        String url = "/admin/analytics?from=2025-03-01&to=2025-04-30&city=" + market.city;
        for (var device : new String[] {"phone", "desktop"}) {
            Page page = "phone".equals(device) ? phone() : desktop();
            logIn("operator@agora.test", DEMO_PASSWORD);
            page.navigate(url);
            assertThat(page.locator("h1")).hasText("Market health");
            assertThat(page.locator(".charts svg.chart")).hasCount(12); // search demand has its own (search-edges)
            assertThat(page.locator("#card-gmv svg path.line").first()).isVisible();
            assertThat(page.locator("#card-gmv svg title").first()).hasText("GMV and net revenue");
            assertThat(page.locator("#card-orders svg rect.bar").first()).isVisible();
            assertThat(page.locator("#card-funnel svg rect.bar")).hasCount(4);
            assertThat(page.locator(".kpis")).containsText("€440.00"); // March 418.00 + April 22.00
            assertThat(page.locator("#card-gmv a.csv")).hasAttribute("href", java.util.regex.Pattern.compile("/admin/analytics/gmv\\.csv\\?from=2025-03-01.*"));
            publish(screenshot("analytics-dashboard-" + device));
        }
        page.navigate("/admin/tax?year=2025");
        assertThat(page.locator("h1")).hasText("Tax report 2025");
        publish(screenshot("analytics-tax-desktop"));

        page.navigate("/admin/analytics?from=1925-01-01&to=2025-01-01");
        assertThat(page.locator(".field-error")).containsText("at most 1830 days");
        assertThat(page.locator("svg.chart")).hasCount(0);
    }
}
