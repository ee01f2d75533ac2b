package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import dev.agora.trust.DisputeDecided;
import dev.agora.trust.OrderHoldReleased;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a dispute ends: staff decide (full or partial refund, return and refund, release; a chargeback as the seller's
 * fault or not), the returned item arrives, or the seller's deadline passes. Money moves first ({@link DisputeMoney},
 * keyed by the dispute), then {@link #record} writes the decision with its timeline entry, the audit entry of a staff
 * decision and the events {@link DisputeDecided} and {@link OrderHoldReleased} in one transaction.
 */
@Component
class DisputeDecisions {

    private final DisputeStore store;
    private final DisputeMoney money;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DisputeDecisions(DisputeStore store, DisputeMoney money, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.money = money;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void decide(AccountId staff, Dispute dispute, Outcome outcome, @Nullable Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "trust.audit.reason-required", "A reason is required for this action");
        }
        if (dispute.kind() == DisputeKind.CHARGEBACK) {
            if (outcome != Outcome.CHARGEBACK && outcome != Outcome.RELEASE) {
                throw InvalidInputException.of("outcome", "trust.dispute.chargeback-outcome",
                        "A chargeback is closed as the seller's fault (chargeback) or not (release)");
            }
            record(dispute, outcome, new Money(0, dispute.currency()), staff, "STAFF", "DECIDED", reason,
                    outcome == Outcome.CHARGEBACK, staff);
            return;
        }
        switch (outcome) {
            case FULL_REFUND -> record(dispute, outcome, money.refundAll(dispute), staff, "STAFF", "DECIDED", reason, true, staff);
            case PARTIAL_REFUND -> {
                if (amount == null) {
                    throw InvalidInputException.of("amount", "trust.dispute.amount-required", "Enter the amount to refund");
                }
                record(dispute, outcome, money.refundPart(dispute, amount).refund(), staff, "STAFF", "DECIDED", reason,
                        true, staff);
            }
            case RELEASE -> {
                money.release(dispute);
                record(dispute, outcome, new Money(0, dispute.currency()), staff, "STAFF", "DECIDED", reason, false, staff);
            }
            case RETURN_AND_REFUND -> tx.executeWithoutResult(status -> {
                if (!store.update(dispute, DisputeStatus.RETURN_REQUESTED, dispute.offerMinor())) {
                    throw DisputeStore.moved();
                }
                store.addStep(dispute.id(), staff, "STAFF", "RETURN_REQUESTED", reason, null, clock.instant());
                audit.record(new AuditEntry.Draft(staff, "dispute.return-requested", "order:" + dispute.orderId(),
                        reason, "dispute " + dispute.id()));
            });
            case CHARGEBACK -> throw InvalidInputException.of("outcome", "trust.dispute.outcome", "Not for this dispute");
        }
    }

    /** The seller (or staff) confirms the returned item arrived: the buyer gets the full refund. */
    void returnReceived(AccountId member, boolean staff, Dispute dispute) {
        if (dispute.status() != DisputeStatus.RETURN_REQUESTED || !(staff || dispute.sellerId().equals(member))) {
            throw InvalidInputException.of("dispute", "trust.dispute.no-return", "No return is awaited");
        }
        Money refunded = money.refundAll(dispute);
        record(dispute, Outcome.RETURN_AND_REFUND, refunded, member, staff ? "STAFF" : "SELLER",
                "RETURN_RECEIVED", "The returned item arrived", true, staff ? member : null);
    }

    /** An unanswered dispute whose seller deadline passed is decided for the buyer. */
    void deadlinePassed(Dispute dispute) {
        if (dispute.status() == DisputeStatus.AWAITING_SELLER && !dispute.sellerDueAt().isAfter(clock.instant())) {
            Money refunded = money.refundAll(dispute);
            record(dispute, Outcome.FULL_REFUND, refunded, null, "SYSTEM", "DEADLINE", "The seller did not answer in time",
                    true, null);
        }
    }

    void record(Dispute dispute, Outcome outcome, Money refunded, @Nullable AccountId actor, String role, String stepKind,
            String text, boolean sellerLost, @Nullable AccountId staff) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            Dispute current = store.lock(dispute.id()).orElseThrow();
            if (!current.status().open() || !store.decide(current, outcome, refunded.minorUnits(), staff, now)) {
                throw DisputeStore.moved();
            }
            store.addStep(dispute.id(), actor, role, stepKind, text, refunded.minorUnits(), now);
            if (staff != null) {
                audit.record(new AuditEntry.Draft(staff, "dispute.decide", "order:" + dispute.orderId(), text,
                        "dispute " + dispute.id() + ": " + outcome + ", refunded " + refunded));
            }
            events.publishEvent(new DisputeDecided(dispute.id(), dispute.orderId(), dispute.buyerId(), dispute.sellerId(),
                    outcome.name(), refunded, sellerLost, staff, now));
            events.publishEvent(new OrderHoldReleased(dispute.orderId(), dispute.holdId(), "dispute decided", now));
        });
    }
}
