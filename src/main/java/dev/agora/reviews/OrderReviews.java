package dev.agora.reviews;

import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reviews of one order as a party sees them: their own review (even while blind), the other side's once
 * revealed, whether they may still write one and until when.
 *
 * @param otherSubmitted the other side has written a review that is still hidden from this viewer
 */
public record OrderReviews(OrderId orderId, String listingTitle, ReviewerRole viewerRole, @Nullable Instant closesAt, boolean canReview,
        Optional<ReviewView> mine, Optional<ReviewView> theirs, boolean otherSubmitted) {}
