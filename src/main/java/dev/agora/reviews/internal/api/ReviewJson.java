package dev.agora.reviews.internal.api;

import dev.agora.reviews.OrderReviews;
import dev.agora.reviews.Reputation;
import dev.agora.reviews.ReviewView;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the reviews API. */
final class ReviewJson {

    private ReviewJson() {}

    record Review(String id, String orderId, String listingId, String listingTitle, String authorId, String subjectId,
            String authorRole, int rating, String text, @Nullable Integer asDescribed, @Nullable Integer communication,
            @Nullable Integer handoff, Instant submittedAt, @Nullable Instant publishedAt, @Nullable String reply,
            @Nullable Instant repliedAt, boolean hidden) {

        static Review of(ReviewView r) {
            return new Review(r.id().toString(), r.orderId().toString(), r.listingId().toString(), r.listingTitle(),
                    r.authorId().toString(), r.subjectId().toString(), r.authorRole().name(), r.rating(), r.text(),
                    r.asDescribed(), r.communication(), r.handoff(), r.submittedAt(), r.publishedAt(), r.reply(),
                    r.repliedAt(), r.hidden());
        }
    }

    /** {@code theirs} is null while blind; {@code otherSubmitted} tells that it exists. */
    record OrderReviewsJson(String orderId, String viewerRole, @Nullable Instant closesAt, boolean canReview,
            @Nullable Review mine, @Nullable Review theirs, boolean otherSubmitted) {

        static OrderReviewsJson of(OrderReviews o) {
            return new OrderReviewsJson(o.orderId().toString(), o.viewerRole().name(), o.closesAt(), o.canReview(),
                    o.mine().map(Review::of).orElse(null), o.theirs().map(Review::of).orElse(null), o.otherSubmitted());
        }
    }

    record ReputationJson(BigDecimal average, long count) {

        static ReputationJson of(Reputation r) {
            return new ReputationJson(r.average(), r.count());
        }
    }

    record MemberReviews(String handle, ReputationJson asSeller, ReputationJson asBuyer, java.util.List<Review> reviews) {}
}
