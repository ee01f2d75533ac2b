package dev.agora.analytics.internal.web;

import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MarketProjection.FunnelStep;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /analytics/beacon}: the listing and checkout pages report a view or a checkout start with
 * {@code navigator.sendBeacon} (static/js/analytics-beacon.js). Only aggregated daily counters are written, no
 * visitor identity; a session counts each listing and step once, so reloading does not inflate the funnel. No
 * third-party tracker is involved.
 */
@Controller
class FunnelBeacon {

    private static final String SEEN = FunnelBeacon.class.getName() + ".seen";

    private final MarketProjection projection;
    private final Clock clock;

    FunnelBeacon(MarketProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    @PostMapping("/analytics/beacon")
    ResponseEntity<Void> beacon(@RequestParam String step, @RequestParam String listing, HttpSession session) {
        FunnelStep funnelStep;
        UUID listingId;
        try {
            funnelStep = FunnelStep.valueOf(step.toUpperCase(java.util.Locale.ROOT));
            listingId = UUID.fromString(listing);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        @SuppressWarnings("unchecked")
        Set<String> seen = (Set<String>) session.getAttribute(SEEN);
        if (seen == null) {
            seen = new HashSet<>();
        }
        if (seen.size() < 500 && seen.add(funnelStep + ":" + listingId)) {
            session.setAttribute(SEEN, seen);
            projection.funnelStep(funnelStep, listingId, clock.instant());
        }
        return ResponseEntity.noContent().build();
    }
}
