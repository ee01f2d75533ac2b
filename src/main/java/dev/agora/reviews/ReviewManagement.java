package dev.agora.reviews;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.util.List;
import java.util.UUID;

/**
 * The reviews module's API. Invalid input (not a party, order not completed, window closed, a second review, a
 * rating outside 1–5, a second reply) throws {@link dev.agora.kernel.validation.InvalidInputException} naming the
 * field and changes nothing.
 */
public interface ReviewManagement {

    /** Writes the author's review of the other side; reveals both when the other side already reviewed. */
    ReviewView submit(AccountId author, OrderId order, ReviewDraft draft);

    /** The subject's one public reply to a published review about them. */
    ReviewView reply(AccountId subject, UUID reviewId, String text);

    /** Staff hide a review with a reason (recorded in the audit log); it stops counting towards reputation. */
    ReviewView hide(AccountId staff, UUID reviewId, String reason);

    /** The order's reviews as {@code viewer} (a party) sees them. */
    OrderReviews ofOrder(AccountId viewer, OrderId order);

    /** Published, visible reviews about a member, newest first. */
    List<ReviewView> about(AccountId subject, int limit);

    /** Reputation from reviews written by the other side in {@code role}'s counterpart: as seller or as buyer. */
    Reputation reputationAs(AccountId subject, ReviewerRole subjectRole);
}
