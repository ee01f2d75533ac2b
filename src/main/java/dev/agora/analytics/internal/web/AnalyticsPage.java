package dev.agora.analytics.internal.web;

import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.MetricsReport;
import dev.agora.analytics.internal.SearchDemand;
import dev.agora.analytics.internal.charts.ChartCsv;
import dev.agora.analytics.internal.charts.SvgChart;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The market-health dashboard at {@code /admin/analytics}, with a CSV export per chart. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
class AnalyticsPage {

    /** A chart as the page shows it: its SVG, its name and the link to its CSV. */
    record ChartView(String key, String title, String svg, String csvUrl) {}

    private final MarketHealth health;
    private final SearchDemand searchDemand;
    private final AnalyticsSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    AnalyticsPage(MarketHealth health, SearchDemand searchDemand, AnalyticsSettings settings, MessageSource messages,
            Clock clock) {
        this.health = health;
        this.searchDemand = searchDemand;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/analytics")
    String dashboard(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable String city,
            @RequestParam(required = false) @Nullable String currency, Model model, Locale locale,
            HttpServletResponse response) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("category", category);
        model.addAttribute("city", city);
        model.addAttribute("currency", currency == null ? settings.currency() : currency);
        MetricQuery query;
        try {
            query = MetricQuery.parse(from, to, category, city, currency, LocalDate.now(clock), settings);
        } catch (InvalidInputException e) {
            var error = e.errors().getFirst();
            model.addAttribute("errorField", error.field());
            model.addAttribute("error", messages.getMessage(error.code(), new Object[] {String.valueOf(settings.maxRangeDays())},
                    error.message(), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "analytics/dashboard";
        }
        MetricsReport report = health.report(query);
        model.addAttribute("from", query.from());
        model.addAttribute("to", query.to());
        model.addAttribute("report", report);
        model.addAttribute("summary", report.summary());
        String params = "from=" + query.from() + "&to=" + query.to() + "&currency=" + query.currency()
                + (query.category() == null ? "" : "&category=" + encode(query.category()))
                + (query.city() == null ? "" : "&city=" + encode(query.city()));
        List<ChartView> charts = new ArrayList<>();
        for (var chart : report.charts()) {
            String title = messages.getMessage("analytics.chart." + chart.key(), null, chart.key(), locale);
            String svg = SvgChart.render(chart, "chart-" + chart.key(), title,
                    key -> messages.getMessage("analytics.series." + key, null, key, locale),
                    messages.getMessage("analytics.noData", null, "No data in this range", locale));
            charts.add(new ChartView(chart.key(), title, svg, "/admin/analytics/" + chart.key() + ".csv?" + params));
        }
        model.addAttribute("charts", charts);
        searchDemand(query, model, locale);
        return "analytics/dashboard";
    }

    @GetMapping("/admin/analytics/{chart}.csv")
    ResponseEntity<String> csv(@PathVariable String chart, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String city, @RequestParam(required = false) @Nullable String currency) {
        MetricQuery query;
        try {
            query = MetricQuery.parse(from, to, category, city, currency, LocalDate.now(clock), settings);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.errors().getFirst().message());
        }
        MetricsReport report = health.report(query);
        var found = report.charts().stream().filter(c -> c.key().equals(chart)).findFirst();
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agora-" + chart + "-" + query.from() + "-"
                        + query.to() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ChartCsv.of(found.get()));
    }

    /** search-edges (issue 12): the search demand section, marketplace-wide, with its own chart. */
    private void searchDemand(MetricQuery query, Model model, Locale locale) {
        SearchDemand.Report search = searchDemand.report(query);
        String title = messages.getMessage("analytics.chart.searches", null, "Searches", locale);
        model.addAttribute("search", search);
        model.addAttribute("searchChart", SvgChart.render(search.chart(), "chart-searches", title,
                key -> messages.getMessage("analytics.series." + key, null, key, locale),
                messages.getMessage("analytics.noData", null, "No data in this range", locale)));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
