package dev.agora.notifications.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.notifications.internal.EventFeed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/events?after={cursor}}: the marketplace's events in order, for operators' integrations.
 * Pass the returned {@code next} as {@code after} to continue; an empty page keeps the same cursor.
 */
@ApiController("/api/v1")
class EventFeedApi {

    record Page(List<EventFeed.Entry> items, String next) {}

    private final EventFeed feed;

    EventFeedApi(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/events")
    Page events(@AuthenticationPrincipal @Nullable Member me, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Send an operator's API token");
        }
        if (!me.isOperator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The event feed is for operators");
        }
        List<EventFeed.Entry> items = feed.after(Math.max(0, after), Math.clamp(limit, 1, 500));
        return new Page(items, String.valueOf(items.isEmpty() ? after : items.getLast().cursor()));
    }
}
