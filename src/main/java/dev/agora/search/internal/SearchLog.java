package dev.agora.search.internal;

import dev.agora.search.SearchResultClicked;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search log: each first results page (query, other filters, result count, whether it was "no close match") and
 * the position of each result a buyer opened, in {@code search_log} / {@code search_clicks}, each also published
 * ({@link dev.agora.search.SearchPerformed}, {@link SearchResultClicked}) for the analytics module. Keeps no IP or user agent, the
 * member only with {@code agora.search.log.member-ids}; entries older than the retention are purged.
 */
@Component
class SearchLog {

    static final int MAX_QUERY = 200;
    static final int MAX_FILTERS = 1000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SearchSettings settings;
    private final Clock clock;
    private final SearchLogWriter writer;

    SearchLog(JdbcClient jdbc, ApplicationEventPublisher events, SearchSettings settings, Clock clock,
            SearchLogWriter writer) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records a search (written behind the response by {@link SearchLogWriter}: the request does not wait for the
     * database); empty when the log is off.
     */
    public Optional<UUID> searched(String query, String filters, long resultCount, boolean noCloseMatch,
            @Nullable UUID member) {
        if (!settings.log().enabled()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        UUID kept = settings.log().memberIds() ? member : null;
        String text = cut(query, MAX_QUERY);
        String other = cut(filters, MAX_FILTERS);
        writer.submit(new SearchLogWriter.Entry(id, Timestamp.from(now), text, other, resultCount, noCloseMatch, kept));
        return Optional.of(id);
    }

    /** Records that a result was opened (its search written first if still queued); idempotent (a second beacon for the same pair changes nothing). */
    @Transactional
    public boolean clicked(UUID searchId, UUID listingId, int position) {
        writer.flush(searchId);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO search_clicks (search_id, listing_id, position, clicked_at)
                SELECT id, ?, ?, ? FROM search_log l WHERE l.id = ?
                AND NOT EXISTS (SELECT 1 FROM search_clicks c WHERE c.search_id = ? AND c.listing_id = ?)""")
                .params(listingId, position, Timestamp.from(now), searchId, searchId, listingId).update();
        if (inserted > 0) {
            events.publishEvent(new SearchResultClicked(searchId, listingId, position, now));
        }
        return inserted > 0;
    }

    /** Retention: {@code agora.search.log.retention} (90 days by default). */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    @Transactional
    public void purge() {
        jdbc.sql("DELETE FROM search_log WHERE searched_at < ?")
                .param(Timestamp.from(clock.instant().minus(settings.log().retention()))).update();
    }

    /** search-edges (issue 12): never cut inside a surrogate pair (PostgreSQL would get half a character). */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
