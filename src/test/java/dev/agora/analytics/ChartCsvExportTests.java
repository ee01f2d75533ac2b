package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.analytics.internal.MarketProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every chart on the dashboard links its CSV, and finance staff (the least privileged role allowed) download each. */
@IntegrationTest
class ChartCsvExportTests {

    static final Pattern CSV_LINK = Pattern.compile("href=\"(/admin/analytics/([a-z-]+)\\.csv\\?[^\"]+)\"");

    @LocalServerPort int port;
    @Autowired MarketProjection projection;

    @Test
    void everyChartHasAWorkingCsvExport() {
        var market = new SeededMarket(projection).seed();
        var finance = new WebClient(port);
        finance.logIn("finance@agora.test", "agora-demo-2026");
        var page = finance.get("/admin/analytics?from=2025-03-01&to=2025-03-31&city=" + WebClient.encode(market.city));
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> charts = new ArrayList<>();
        var links = CSV_LINK.matcher(page.body());
        while (links.find()) {
            charts.add(links.group(2));
            var csv = finance.get(links.group(1).replace("&amp;", "&"));
            assertThat(csv.statusCode()).as(links.group(2)).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body()).as(links.group(2)).startsWith("label,");
            if (links.group(2).equals("support-load")) {
                // 1 report on 4 March (1 paid order that day) and 1 dispute on 9 March (none paid): 1000.0 then empty
                assertThat(csv.body()).contains("\r\n2025-03-04,1000.0\r\n").contains("\r\n2025-03-09,\r\n");
            }
        }
        assertThat(charts).containsExactlyInAnyOrder("gmv", "take-rate", "orders", "liquidity", "time-to-first-transaction",
                "active-members", "network-density", "repeat-purchases", "support-load", "funnel", "churn", "ltv");
        assertThat(finance.get("/admin/analytics/no-such-chart.csv").statusCode()).isEqualTo(404);
    }
}
