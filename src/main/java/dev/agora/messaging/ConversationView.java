package dev.agora.messaging;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as one participant sees it: {@code unread} counts messages to them not yet read. It is about a
 * listing (questions before buying; {@code orderId} null) or about one order ({@code orderId} set).
 */
public record ConversationView(
        ConversationId id,
        ListingId listingId,
        String listingTitle,
        String listingPath,
        AccountId buyerId,
        AccountId sellerId,
        boolean contactAllowed,
        Instant lastMessageAt,
        long unread,
        @Nullable OrderId orderId) {

    public boolean aboutOrder() {
        return orderId != null;
    }

    public AccountId otherThan(AccountId member) {
        return member.equals(buyerId) ? sellerId : buyerId;
    }

    public boolean involves(AccountId member) {
        return member.equals(buyerId) || member.equals(sellerId);
    }
}
