package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.reviews.OrderReviews;
import dev.agora.reviews.Reputation;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewHidden;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewPublished;
import dev.agora.reviews.ReviewView;
import dev.agora.reviews.ReviewerRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double-blind reviews: a review is visible only to its author until the other side has reviewed too or the window
 * has closed; then both are published together ({@link ReviewPublished} each). Every write locks the order's
 * window row, so two simultaneous reviews reveal exactly once on any number of nodes.
 */
@Service
class Reviews implements ReviewManagement {

    private static final int MAX_LIST = 200;

    private final ReviewStore store;
    private final ReviewWindows windows;
    private final ReviewsSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(ReviewStore store, ReviewWindows windows, ReviewsSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.windows = windows;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReviewView submit(AccountId author, OrderId order, ReviewDraft draft) {
        windows.open(order).orElseThrow(() -> notReviewable(author, order));
        ReviewWindow window = store.lockWindow(order).orElseThrow();
        ReviewerRole role = window.roleOf(author).orElseThrow(() -> notYours());
        Instant now = clock.instant();
        if (!window.openAt(now)) {
            throw InvalidInputException.of("order", "reviews.window.closed", "the review window closed on " + window.closesAt());
        }
        List<ReviewView> existing = store.ofOrder(order);
        if (existing.stream().anyMatch(r -> r.authorId().equals(author))) {
            throw InvalidInputException.of("order", "reviews.already", "you already reviewed this order");
        }
        String text = ReviewRules.check(draft, role);
        UUID id = UUID.randomUUID();
        store.insert(id, window, author, role, draft.rating(), text, draft.asDescribed(), draft.communication(),
                draft.handoff(), now);
        if (!existing.isEmpty()) {
            reveal(order, now);
        }
        return store.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public ReviewView reply(AccountId subject, UUID reviewId, String text) {
        ReviewView review = store.find(reviewId).orElseThrow(() -> unknownReview());
        if (!review.subjectId().equals(subject) || !review.published() || review.hidden()) {
            throw InvalidInputException.of("review", "reviews.reply.notYours", "only the member reviewed may reply to a published review");
        }
        String reply = ReviewRules.reply(text);
        if (!store.reply(reviewId, reply, clock.instant())) {
            throw InvalidInputException.of("reply", "reviews.reply.already", "you already replied to this review");
        }
        return store.find(reviewId).orElseThrow();
    }

    @Override
    @Transactional
    public ReviewView hide(AccountId staff, UUID reviewId, String reason) {
        ReviewView review = store.find(reviewId).orElseThrow(() -> unknownReview());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > ReviewRules.TEXT_MAX) {
            throw InvalidInputException.of("reason", "reviews.hide.reasonRequired", "give the policy reason (1 to 2000 characters)");
        }
        Instant now = clock.instant();
        if (store.hide(reviewId, staff, why, now)) {
            events.publishEvent(new ReviewHidden(UUID.randomUUID(), reviewId, staff, review.subjectId(), why, now));
        }
        return store.find(reviewId).orElseThrow();
    }

    @Override
    @Transactional
    public OrderReviews ofOrder(AccountId viewer, OrderId order) {
        ReviewWindow window = windows.open(order).orElseThrow(() -> notReviewable(viewer, order));
        ReviewerRole role = window.roleOf(viewer).orElseThrow(() -> notYours());
        List<ReviewView> reviews = store.ofOrder(order);
        Optional<ReviewView> mine = reviews.stream().filter(r -> r.authorId().equals(viewer)).findFirst();
        Optional<ReviewView> theirs = reviews.stream().filter(r -> !r.authorId().equals(viewer)).findFirst();
        boolean canReview = mine.isEmpty() && window.openAt(clock.instant());
        return new OrderReviews(order, window.listingTitle(), role, window.closesAt(), canReview, mine,
                theirs.filter(ReviewView::published), theirs.isPresent() && !theirs.get().published());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewView> about(AccountId subject, int limit) {
        return store.about(subject, Math.clamp(limit, 1, MAX_LIST));
    }

    @Override
    @Transactional(readOnly = true)
    public Reputation reputationAs(AccountId subject, ReviewerRole subjectRole) {
        ReviewerRole authors = subjectRole == ReviewerRole.SELLER ? ReviewerRole.BUYER : ReviewerRole.SELLER;
        long[] ratings = store.ratings(subject, authors);
        return bayesian(ratings[0], ratings[1]);
    }

    Reputation bayesian(long count, long total) {
        BigDecimal weight = BigDecimal.valueOf(settings.priorWeight());
        BigDecimal numerator = weight.multiply(settings.priorMean()).add(BigDecimal.valueOf(total));
        BigDecimal denominator = weight.add(BigDecimal.valueOf(count));
        BigDecimal average = denominator.signum() == 0 ? settings.priorMean() : numerator.divide(denominator, 2, RoundingMode.HALF_EVEN);
        return new Reputation(average.setScale(2, RoundingMode.HALF_EVEN), count);
    }

    /** The closing timer: reveals the order's blind reviews once its window has closed. */
    @Transactional
    public void revealIfClosed(OrderId order, Instant now) {
        store.lockWindow(order).filter(w -> w.revealedAt() == null && !w.openAt(now)).ifPresent(w -> reveal(order, now));
    }

    /** The sweep: every closed window not revealed yet. */
    @Transactional
    public int revealClosed(Instant now) {
        List<OrderId> due = store.closedUnrevealed(now, 500);
        due.forEach(order -> revealIfClosed(order, now));
        return due.size();
    }

    private void reveal(OrderId order, Instant now) {
        for (ReviewView review : store.publishAll(order, now)) {
            events.publishEvent(new ReviewPublished(UUID.randomUUID(), review.id(), order, review.authorId(),
                    review.subjectId(), review.authorRole(), review.rating(), now));
        }
        store.markRevealed(order, now);
    }

    static InvalidInputException notYours() {
        return InvalidInputException.of("order", "reviews.order.notYours", "you did not take part in this order");
    }

    private InvalidInputException notReviewable(AccountId viewer, OrderId order) {
        return windows.isParty(viewer, order)
                ? InvalidInputException.of("order", "reviews.order.notCompleted", "only a completed order can be reviewed")
                : notYours();
    }

    private static InvalidInputException unknownReview() {
        return InvalidInputException.of("review", "reviews.review.unknown", "there is no such review");
    }
}
