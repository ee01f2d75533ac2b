package dev.agora.notifications.internal;

import dev.agora.identity.AccountVerified;
import dev.agora.listings.ListingChanged;
import dev.agora.listings.ListingClosed;
import dev.agora.listings.ListingPublished;
import dev.agora.messaging.MessageSent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes marketplace events into the {@link EventFeed}: ids and public facts only, never message text or
 * email addresses. Order events join with one method each once the orders module publishes them.
 */
@Component
class FeedRecorder {

    private final EventFeed feed;

    FeedRecorder(EventFeed feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(ListingPublished e) {
        feed.append(e.eventId(), "listing.published", e.occurredAt(), Map.of("listingId", e.listingId().toString(),
                "sellerId", e.sellerId().toString(), "title", e.title(), "price", e.price().amount().toPlainString(),
                "currency", e.price().currencyCode()));
    }

    @ApplicationModuleListener
    void on(ListingChanged e) {
        feed.append(e.eventId(), "listing.changed", e.occurredAt(), Map.of("listingId", e.listingId().toString(),
                "status", e.status().name()));
    }

    @ApplicationModuleListener
    void on(ListingClosed e) {
        feed.append(e.eventId(), "listing.closed", e.occurredAt(), Map.of("listingId", e.listingId().toString(),
                "reason", e.reason().name()));
    }

    @ApplicationModuleListener
    void on(MessageSent e) {
        feed.append(e.eventId(), "message.sent", e.occurredAt(), Map.of("conversationId", e.conversationId().toString(),
                "messageId", e.messageId().toString(), "listingId", e.listingId().toString()));
    }

    /** AccountVerified carries no event id; one derived from its content keeps the append idempotent. */
    @ApplicationModuleListener
    void on(AccountVerified e) {
        UUID id = UUID.nameUUIDFromBytes(("account.verified:" + e.accountId() + ":" + e.occurredAt())
                .getBytes(StandardCharsets.UTF_8));
        feed.append(id, "account.verified", e.occurredAt(), Map.of("accountId", e.accountId().toString()));
    }
}
