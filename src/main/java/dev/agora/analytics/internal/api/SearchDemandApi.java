package dev.agora.analytics.internal.api;

import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.SearchDemand;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** search-edges (issue 12): {@code GET /api/v1/admin/metrics/search}, what buyers searched for (docs/analytics.md). */
@ApiController("/api/v1")
@Tag(name = "Analytics")
class SearchDemandApi {

    private final SearchDemand demand;
    private final AnalyticsSettings settings;
    private final Clock clock;

    SearchDemandApi(SearchDemand demand, AnalyticsSettings settings, Clock clock) {
        this.demand = demand;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/metrics/search")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    @Operation(summary = "Search demand for a date range (default: the last 30 days)",
            description = "Searches per day, zero-result rate, click-through rate, mean click position, the most "
                    + "searched queries and those searched most without a result (query texts kept 90 days). "
                    + "Marketplace-wide; a reversed or too long range is a 400 problem naming from or to.")
    SearchDemand.Report search(
            @Parameter(description = "first day, YYYY-MM-DD (UTC)") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "last day, inclusive") @RequestParam(required = false) @Nullable String to) {
        return demand.report(MetricQuery.parse(from, to, null, null, null, LocalDate.now(clock), settings));
    }
}
