package dev.agora.messaging;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import java.time.Instant;

/** A conversation as one participant sees it: {@code unread} counts messages to them not yet read. */
public record ConversationView(
        ConversationId id,
        ListingId listingId,
        String listingTitle,
        String listingPath,
        AccountId buyerId,
        AccountId sellerId,
        boolean contactAllowed,
        Instant lastMessageAt,
        long unread) {

    public AccountId otherThan(AccountId member) {
        return member.equals(buyerId) ? sellerId : buyerId;
    }

    public boolean involves(AccountId member) {
        return member.equals(buyerId) || member.equals(sellerId);
    }
}
