package dev.agora.analytics.internal.api;

import dev.agora.analytics.internal.AcquisitionCosts.AcquisitionCost;
import dev.agora.analytics.internal.AcquisitionCosts;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.MetricsReport;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code GET /api/v1/admin/metrics}: the market-health dashboard's figures and series (docs/analytics.md). */
@ApiController("/api/v1")
@Tag(name = "Analytics")
class MetricsApi {

    /** One acquisition cost to store; channel and city are optional (all). */
    record AcquisitionCostEntry(@Nullable String month, @Nullable String channel, @Nullable String city,
            @Nullable String amount, @Nullable String currency, @Nullable String reason) {}

    private final MarketHealth health;
    private final AcquisitionCosts acquisitionCosts;
    private final AnalyticsSettings settings;
    private final Clock clock;

    MetricsApi(MarketHealth health, AcquisitionCosts acquisitionCosts, AnalyticsSettings settings, Clock clock) {
        this.health = health;
        this.acquisitionCosts = acquisitionCosts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/metrics/acquisition-costs")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    @Operation(summary = "The stored customer acquisition costs per new buyer, newest month first")
    List<AcquisitionCost> acquisitionCosts() {
        return acquisitionCosts.recent(500);
    }

    @PostMapping("/admin/metrics/acquisition-costs")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Stores the acquisition cost per new buyer of a month (replacing an earlier figure); needs a reason")
    AcquisitionCost enterAcquisitionCost(@AuthenticationPrincipal Member me, @RequestBody AcquisitionCostEntry entry) {
        return acquisitionCosts.enter(me.id(), entry.month(), entry.channel(), entry.city(), entry.amount(), entry.currency(),
                entry.reason());
    }

    @GetMapping("/admin/metrics")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    @Operation(summary = "Market-health metrics for a date range (default: the last 30 days), optionally one category or city",
            description = "Range totals, chart series (daily up to 92 days, weekly up to two years, then monthly) and "
                    + "monthly cohorts. A reversed range or one longer than agora.analytics.max-range-days is a 400 problem.")
    MetricsReport metrics(
            @Parameter(description = "first day, YYYY-MM-DD (UTC)") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "last day, inclusive") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "category slug") @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "city as listings name it (case-insensitive)") @RequestParam(required = false) @Nullable String city,
            @Parameter(description = "currency of the money figures") @RequestParam(required = false) @Nullable String currency) {
        return health.report(MetricQuery.parse(from, to, category, city, currency, LocalDate.now(clock), settings));
    }
}
