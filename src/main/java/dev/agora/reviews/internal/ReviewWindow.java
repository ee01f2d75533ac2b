package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.orders.OrderId;
import dev.agora.reviews.ReviewerRole;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who may review whom for one completed order, and until when. */
record ReviewWindow(OrderId orderId, ListingId listingId, String listingTitle, AccountId buyer, AccountId seller,
        Instant completedAt, Instant closesAt, @Nullable Instant revealedAt) {

    Optional<ReviewerRole> roleOf(AccountId member) {
        if (member.equals(buyer)) {
            return Optional.of(ReviewerRole.BUYER);
        }
        return member.equals(seller) ? Optional.of(ReviewerRole.SELLER) : Optional.empty();
    }

    AccountId other(ReviewerRole role) {
        return role == ReviewerRole.BUYER ? seller : buyer;
    }

    boolean openAt(Instant now) {
        return now.isBefore(closesAt);
    }
}
