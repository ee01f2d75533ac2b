package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.identity.MemberSuspensions;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.messaging.MessageModeration;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.reviews.ReviewManagement;
import dev.agora.trust.OrderHoldReleased;
import dev.agora.trust.internal.fraud.FraudHolds;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a moderation action does to the content and its owner, through the owning module's API: listings held or
 * removed, a single message removed from view, a review hidden, a member suspended through identity, a held order
 * freed in the ledger or refunded. {@link #undo} reverses what an overturned appeal can reverse.
 */
@Component
class ModerationEffects {

    private final ListingManagement listings;
    private final MessageModeration messages;
    private final ReviewManagement reviews;
    private final MemberSuspensions suspensions;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationEffects(ListingManagement listings, MessageModeration messages, ReviewManagement reviews,
            MemberSuspensions suspensions, OrderManagement orders, LedgerManagement ledger,
            ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.messages = messages;
        this.reviews = reviews;
        this.suspensions = suspensions;
        this.orders = orders;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the action; {@code until} is the end of a suspension (null for a ban). */
    void apply(AccountId staff, SubjectKind kind, String subjectId, ModerationAction action, @Nullable AccountId member,
            @Nullable Instant until, String reason) {
        switch (action) {
            case HIDE -> {
                switch (kind) {
                    case MESSAGE -> messages.remove(UUID.fromString(subjectId));
                    case REVIEW -> reviews.hide(staff, UUID.fromString(subjectId), reason);
                    default -> listings.holdForModeration(ListingId.of(subjectId), "Hidden by moderation: " + reason);
                }
            }
            case REQUEST_EDIT -> listings.holdForModeration(ListingId.of(subjectId), "Please edit: " + reason);
            case REMOVE -> {
                switch (kind) {
                    case LISTING -> listings.removeForModeration(ListingId.of(subjectId), reason);
                    case MESSAGE -> messages.remove(UUID.fromString(subjectId));
                    default -> {
                        freeOrder(subjectId, reason);
                        orders.transition(staff, true, OrderId.of(subjectId), "refund");
                    }
                }
            }
            case SUSPEND, BAN -> {
                if (member == null) {
                    throw InvalidInputException.of("action", "trust.moderation.no-member", "Nobody to suspend here");
                }
                suspensions.suspend(member, until, reason);
            }
            case RELEASE -> {
                if (kind == SubjectKind.LISTING) {
                    approveIfHeld(subjectId);
                } else {
                    freeOrder(subjectId, reason);
                }
            }
            case WARN, DISMISS -> { }
        }
    }

    /** An overturned appeal: the suspension is lifted, a hidden listing approved, a removed message restored. */
    void undo(ActionRecord action) {
        switch (action.action()) {
            case SUSPEND, BAN -> {
                if (action.member() != null) {
                    suspensions.lift(action.member());
                }
            }
            case HIDE, REQUEST_EDIT, REMOVE -> {
                if (action.kind() == SubjectKind.MESSAGE) {
                    messages.restore(UUID.fromString(action.subjectId()));
                } else if (action.kind() == SubjectKind.LISTING && action.action() != ModerationAction.REMOVE) {
                    approveIfHeld(action.subjectId());
                }
            }
            default -> { }
        }
    }

    private void approveIfHeld(String listingId) {
        if (listings.find(ListingId.of(listingId)).filter(l -> l.status() == ListingStatus.PENDING_APPROVAL).isPresent()) {
            listings.approve(ListingId.of(listingId));
        }
    }

    private void freeOrder(String orderId, String reason) {
        String holdId = FraudHolds.holdId(OrderId.of(orderId));
        if (ledger.holdsOf(orderId).stream().anyMatch(h -> h.id().equals(holdId) && h.active())) {
            ledger.releaseHold(holdId);
            events.publishEvent(new OrderHoldReleased(OrderId.of(orderId), holdId, reason, clock.instant()));
        }
    }
}
