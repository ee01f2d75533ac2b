package dev.agora.search;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A buyer searched (results page or API, first page only). For analytics (zero-result queries, no-close-match
 * rate); no IP or user agent, and the member only when the operator turned that on.
 *
 * @param filters the other request parameters, URL-encoded, without the words and the cursor
 */
public record SearchPerformed(UUID searchId, String query, String filters, long resultCount, boolean noCloseMatch,
        @Nullable UUID memberId, Instant at) {}
