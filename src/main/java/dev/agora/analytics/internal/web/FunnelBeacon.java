package dev.agora.analytics.internal.web;

import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MarketProjection.FunnelStep;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /analytics/beacon}: the listing and checkout pages report a view or a checkout start with
 * {@code navigator.sendBeacon} (static/js/analytics-beacon.js). Only aggregated daily counters are written, no
 * visitor identity. The page reports each listing and step once per browser session (sessionStorage), so reloading
 * does not inflate the funnel; the server keeps no session for it, as one per browsing visitor would be a session
 * row written per listing view (decision 0017). No third-party tracker is involved.
 */
@Controller
class FunnelBeacon {

    private final MarketProjection projection;
    private final Clock clock;

    FunnelBeacon(MarketProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    @PostMapping("/analytics/beacon")
    ResponseEntity<Void> beacon(@RequestParam String step, @RequestParam String listing) {
        FunnelStep funnelStep;
        UUID listingId;
        try {
            funnelStep = FunnelStep.valueOf(step.toUpperCase(java.util.Locale.ROOT));
            listingId = UUID.fromString(listing);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        projection.funnelStep(funnelStep, listingId, clock.instant());
        return ResponseEntity.noContent().build();
    }
}
