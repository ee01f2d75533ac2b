package dev.agora.reviews;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One review as its viewer may see it. {@code publishedAt} is null while the review is still blind (only its author
 * sees it then); {@code hiddenAt} is set when staff hid it for a policy breach.
 */
public record ReviewView(
        UUID id,
        OrderId orderId,
        ListingId listingId,
        String listingTitle,
        AccountId authorId,
        AccountId subjectId,
        ReviewerRole authorRole,
        int rating,
        String text,
        @Nullable Integer asDescribed,
        @Nullable Integer communication,
        @Nullable Integer handoff,
        Instant submittedAt,
        @Nullable Instant publishedAt,
        @Nullable String reply,
        @Nullable Instant repliedAt,
        @Nullable Instant hiddenAt,
        @Nullable String hiddenReason) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }
}
