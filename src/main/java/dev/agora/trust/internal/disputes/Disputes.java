package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.trust.DisputeOpened;
import dev.agora.trust.OrderHeld;
import dev.agora.trust.internal.TrustSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disputes and buyer protection (docs/trust.md): the buyer opens a dispute while inspecting the order, the escrow
 * is held, the seller answers within the deadline (accept, offer part, contest) or the timer decides for the
 * buyer, otherwise staff decide. Evidence is checked and stored by {@link DisputeEvidence}; how a dispute ends
 * (money first, then the recorded decision) is {@link DisputeDecisions}.
 */
@Service
public class Disputes {

    public static final String DISPUTED = "disputed";
    /** The states in which a buyer inspects an order and may open a dispute. */
    static final Set<String> INSPECTION = Set.of("delivered", "in_progress");

    private final DisputeStore store;
    private final DisputeMoney money;
    private final DisputeEvidence evidence;
    private final DisputeDecisions decisions;
    private final DisputeDeadlines.Schedule deadlines;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final ApplicationEventPublisher events;
    private final TrustSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Disputes(DisputeStore store, DisputeMoney money, DisputeEvidence evidence, DisputeDecisions decisions,
            DisputeDeadlines.Schedule deadlines, OrderManagement orders, LedgerManagement ledger,
            ApplicationEventPublisher events, TrustSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.money = money;
        this.evidence = evidence;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.orders = orders;
        this.ledger = ledger;
        this.events = events;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A photo as uploaded; checked to be an image before anything is stored. */
    public record Photo(byte[] content) {}

    public Dispute open(AccountId buyer, OrderId orderId, DisputeKind kind, String text, List<Photo> photos) {
        OrderView order = orders.find(buyer, false, orderId);
        if (!order.buyerId().equals(buyer)) {
            throw new OrderNotFoundException(orderId.toString());
        }
        if (!kind.byBuyer()) {
            throw InvalidInputException.of("kind", "trust.dispute.kind", "Choose what went wrong");
        }
        if (!INSPECTION.contains(order.state())) {
            throw InvalidInputException.of("order", "trust.dispute.window-closed",
                    "A dispute can be opened only while you inspect the order (after the handoff, before completion)");
        }
        String claim = DisputeEvidence.text(text);
        DisputeEvidence.Checked checked = evidence.checked(photos);
        if (store.ofOrder(orderId).stream().anyMatch(d -> d.status().open())) {
            throw InvalidInputException.of("order", "trust.dispute.already-open", "This order already has an open dispute");
        }
        Instant now = clock.instant();
        var dispute = new Dispute(UUID.randomUUID(), orderId, order.buyerId(), order.sellerId(), kind,
                DisputeStatus.AWAITING_SELLER, order.quote().buyerTotal().currency(),
                order.quote().buyerTotal().minorUnits(), null, null, null, now.plus(settings.disputes().sellerAnswer()),
                now, null, null, 0);
        tx.executeWithoutResult(status -> {
            store.insert(dispute);
            long seq = store.addStep(dispute.id(), buyer, "BUYER", "OPENED", claim, null, now);
            evidence.store(dispute.id(), seq, checked);
            ledger.placeHold(new LedgerManagement.PlaceHold(dispute.holdId(), orderId.toString(), "dispute " + kind));
            deadlines.at(dispute.id(), dispute.sellerDueAt());
            events.publishEvent(new DisputeOpened(dispute.id(), orderId, dispute.buyerId(), dispute.sellerId(),
                    kind.name(), dispute.sellerDueAt(), now));
            events.publishEvent(new OrderHeld(orderId, dispute.holdId(), "dispute", now));
        });
        orders.transitionAsPlatform(orderId, "open-dispute");
        return store.find(dispute.id()).orElseThrow();
    }

    /**
     * The provider took a payment back: a dispute of its own kind, decided at once (the money is gone); the escrow
     * goes back to clearing, topped up by buyer protection when the seller was already paid. Staff later record
     * whether the seller was at fault.
     */
    public Dispute openChargeback(OrderId orderId, Money amount, String providerReference) {
        OrderView order = orders.get(orderId);
        Instant now = clock.instant();
        var dispute = new Dispute(UUID.randomUUID(), orderId, order.buyerId(), order.sellerId(), DisputeKind.CHARGEBACK,
                DisputeStatus.AWAITING_DECISION, amount.currency(), order.quote().buyerTotal().minorUnits(), null, null,
                null, now, now, null, null, 0);
        tx.executeWithoutResult(status -> {
            store.insert(dispute);
            store.addStep(dispute.id(), null, "SYSTEM", "OPENED", "Chargeback " + providerReference + " of " + amount, amount.minorUnits(), now);
            ledger.placeHold(new LedgerManagement.PlaceHold(dispute.holdId(), orderId.toString(), "chargeback"));
            events.publishEvent(new DisputeOpened(dispute.id(), orderId, dispute.buyerId(), dispute.sellerId(),
                    DisputeKind.CHARGEBACK.name(), now, now));
            events.publishEvent(new OrderHeld(orderId, dispute.holdId(), "chargeback", now));
        });
        Money escrow = ledger.escrowOf(orderId.toString(), amount.currency()).balance();
        if (amount.isGreaterThan(escrow)) {
            ledger.fundFromProtection(new LedgerManagement.FundFromProtection("dispute:" + dispute.id() + ":protection",
                    orderId.toString(), amount.minus(escrow), "buyer protection for chargeback " + providerReference));
        }
        ledger.refund(new LedgerManagement.Refund("dispute:" + dispute.id() + ":chargeback", orderId.toString(), amount,
                "chargeback " + providerReference));
        if (INSPECTION.contains(order.state())) {
            orders.transitionAsPlatform(orderId, "open-dispute");
        }
        if (orders.get(orderId).state().equals(DISPUTED)) {
            orders.transitionAsPlatform(orderId, "dispute-chargeback");
        }
        return store.find(dispute.id()).orElseThrow();
    }

    /** A message with optional evidence from a party, or a note from staff. */
    public void comment(AccountId member, boolean staff, UUID id, String text, List<Photo> photos) {
        Dispute dispute = visible(member, staff, id);
        requireOpen(dispute);
        String message = DisputeEvidence.text(text);
        DisputeEvidence.Checked checked = evidence.checked(photos);
        tx.executeWithoutResult(status -> {
            long seq = store.addStep(id, member, role(dispute, member, staff), "MESSAGE", message, null, clock.instant());
            evidence.store(id, seq, checked);
        });
    }

    public void sellerAccepts(AccountId seller, UUID id) {
        Dispute dispute = asSeller(seller, id, DisputeStatus.AWAITING_SELLER, DisputeStatus.OFFER_MADE);
        Money refunded = money.refundAll(dispute);
        decisions.record(dispute, Outcome.FULL_REFUND, refunded, seller, "SELLER", "ACCEPTED",
                "The seller accepted a full refund", false, null);
    }

    public void sellerOffers(AccountId seller, UUID id, Money amount, String text) {
        Dispute dispute = asSeller(seller, id, DisputeStatus.AWAITING_SELLER);
        OrderView order = orders.get(dispute.orderId());
        DisputeSplit.of(order.quote(), amount); // refuses amounts out of range before anything changes
        String message = text == null || text.isBlank() ? "" : text.strip();
        tx.executeWithoutResult(status -> {
            if (!store.update(dispute, DisputeStatus.OFFER_MADE, amount.minorUnits())) {
                throw DisputeStore.moved();
            }
            store.addStep(id, seller, "SELLER", "OFFER", message, amount.minorUnits(), clock.instant());
        });
    }

    public void sellerContests(AccountId seller, UUID id, String text, List<Photo> photos) {
        Dispute dispute = asSeller(seller, id, DisputeStatus.AWAITING_SELLER);
        String message = DisputeEvidence.text(text);
        DisputeEvidence.Checked checked = evidence.checked(photos);
        tx.executeWithoutResult(status -> {
            if (!store.update(dispute, DisputeStatus.AWAITING_DECISION, null)) {
                throw DisputeStore.moved();
            }
            long seq = store.addStep(id, seller, "SELLER", "CONTESTED", message, null, clock.instant());
            evidence.store(id, seq, checked);
        });
    }

    public void buyerAnswersOffer(AccountId buyer, UUID id, boolean accept) {
        Dispute dispute = find(id).filter(d -> d.buyerId().equals(buyer)).orElseThrow(() -> notFound(id));
        if (dispute.status() != DisputeStatus.OFFER_MADE || dispute.offer() == null) {
            throw InvalidInputException.of("dispute", "trust.dispute.no-offer", "There is no offer to answer");
        }
        if (accept) {
            DisputeSplit.Split split = money.refundPart(dispute, dispute.offer());
            decisions.record(dispute, Outcome.PARTIAL_REFUND, split.refund(), buyer, "BUYER", "OFFER_ACCEPTED",
                    "The buyer accepted the partial refund", false, null);
        } else {
            tx.executeWithoutResult(status -> {
                if (!store.update(dispute, DisputeStatus.AWAITING_DECISION, dispute.offerMinor())) {
                    throw DisputeStore.moved();
                }
                store.addStep(id, buyer, "BUYER", "OFFER_DECLINED", "", dispute.offerMinor(), clock.instant());
            });
        }
    }

    /**
     * Staff decide: full refund, partial refund ({@code amount}), return and refund (the refund waits for the
     * seller or staff to confirm the item came back) or release to the seller. Recorded in the audit log.
     */
    public void decide(AccountId staff, UUID id, Outcome outcome, @Nullable Money amount, String reason) {
        Dispute dispute = find(id).orElseThrow(() -> notFound(id));
        requireOpen(dispute);
        decisions.decide(staff, dispute, outcome, amount, reason);
    }

    /** The seller (or staff) confirms the returned item arrived: the buyer gets the full refund. */
    public void returnReceived(AccountId member, boolean staff, UUID id) {
        decisions.returnReceived(member, staff, visible(member, staff, id));
    }

    /** The seller's deadline passed: an unanswered dispute is decided for the buyer. */
    public void deadlinePassed(UUID id) {
        find(id).ifPresent(decisions::deadlinePassed);
    }

    public Optional<Dispute> find(UUID id) {
        return store.find(id);
    }

    /** A dispute its party or staff may see; others get not found. */
    public Dispute visible(AccountId member, boolean staff, UUID id) {
        return find(id).filter(d -> staff || d.partyOf(member)).orElseThrow(() -> notFound(id));
    }

    public List<DisputeStep> timeline(UUID id) {
        return store.steps(id);
    }

    public List<Dispute> ofMember(AccountId member) {
        return store.ofMember(member);
    }

    public List<Dispute> ofOrder(OrderId order) {
        return store.ofOrder(order);
    }

    public List<Dispute> queue(boolean openOnly, int limit) {
        return store.all(openOnly, Math.clamp(limit, 1, 500));
    }

    /** An evidence photo for a party or staff. */
    public Optional<BlobStorage.StoredBlob> photo(AccountId member, boolean staff, UUID id, UUID photo) {
        visible(member, staff, id);
        return evidence.photo(id, photo);
    }

    public long[] sellerCounts(AccountId seller) {
        return store.sellerCounts(seller);
    }

    private Dispute asSeller(AccountId seller, UUID id, DisputeStatus... allowed) {
        Dispute dispute = find(id).filter(d -> d.sellerId().equals(seller)).orElseThrow(() -> notFound(id));
        if (!List.of(allowed).contains(dispute.status())) {
            throw InvalidInputException.of("dispute", "trust.dispute.not-now", "This answer is not possible any more");
        }
        return dispute;
    }

    private static void requireOpen(Dispute dispute) {
        if (!dispute.status().open()) {
            throw InvalidInputException.of("dispute", "trust.dispute.decided", "The dispute is decided");
        }
    }

    private static String role(Dispute dispute, AccountId member, boolean staff) {
        return dispute.buyerId().equals(member) ? "BUYER" : dispute.sellerId().equals(member) ? "SELLER" : staff ? "STAFF" : "SYSTEM";
    }

    private static OrderNotFoundException notFound(UUID id) {
        return new OrderNotFoundException("dispute " + id);
    }
}
