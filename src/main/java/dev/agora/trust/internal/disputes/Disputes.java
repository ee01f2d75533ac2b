package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import dev.agora.kernel.images.ImageFacts;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import dev.agora.trust.DisputeDecided;
import dev.agora.trust.DisputeOpened;
import dev.agora.trust.OrderHeld;
import dev.agora.trust.OrderHoldReleased;
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
 * buyer, otherwise staff decide. Money moves first ({@link DisputeMoney}, keyed by the dispute), then the
 * decision is recorded with its timeline entry, audit entry and {@link DisputeDecided}.
 */
@Service
public class Disputes {

    public static final String DISPUTED = "disputed";
    /** The states in which a buyer inspects an order and may open a dispute. */
    static final Set<String> INSPECTION = Set.of("delivered", "in_progress");

    private final DisputeStore store;
    private final DisputeMoney money;
    private final DisputeDeadlines.Schedule deadlines;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final BlobStorage blobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TrustSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Disputes(DisputeStore store, DisputeMoney money, DisputeDeadlines.Schedule deadlines, OrderManagement orders,
            LedgerManagement ledger, BlobStorage blobs, AuditLog audit, ApplicationEventPublisher events,
            TrustSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.money = money;
        this.deadlines = deadlines;
        this.orders = orders;
        this.ledger = ledger;
        this.blobs = blobs;
        this.audit = audit;
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
        String claim = text(text);
        List<CheckedPhoto> checked = checked(photos);
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
            store(dispute.id(), seq, checked);
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
        String message = text(text);
        List<CheckedPhoto> checked = checked(photos);
        tx.executeWithoutResult(status -> {
            long seq = store.addStep(id, member, role(dispute, member, staff), "MESSAGE", message, null, clock.instant());
            store(id, seq, checked);
        });
    }

    public void sellerAccepts(AccountId seller, UUID id) {
        Dispute dispute = asSeller(seller, id, DisputeStatus.AWAITING_SELLER, DisputeStatus.OFFER_MADE);
        Money refunded = money.refundAll(dispute);
        recordDecision(dispute, Outcome.FULL_REFUND, refunded, seller, "SELLER", "ACCEPTED",
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
        String message = text(text);
        List<CheckedPhoto> checked = checked(photos);
        tx.executeWithoutResult(status -> {
            if (!store.update(dispute, DisputeStatus.AWAITING_DECISION, null)) {
                throw DisputeStore.moved();
            }
            long seq = store.addStep(id, seller, "SELLER", "CONTESTED", message, null, clock.instant());
            store(id, seq, checked);
        });
    }

    public void buyerAnswersOffer(AccountId buyer, UUID id, boolean accept) {
        Dispute dispute = find(id).filter(d -> d.buyerId().equals(buyer)).orElseThrow(() -> notFound(id));
        if (dispute.status() != DisputeStatus.OFFER_MADE || dispute.offer() == null) {
            throw InvalidInputException.of("dispute", "trust.dispute.no-offer", "There is no offer to answer");
        }
        if (accept) {
            DisputeSplit.Split split = money.refundPart(dispute, dispute.offer());
            recordDecision(dispute, Outcome.PARTIAL_REFUND, split.refund(), buyer, "BUYER", "OFFER_ACCEPTED",
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
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "trust.audit.reason-required", "A reason is required for this action");
        }
        if (dispute.kind() == DisputeKind.CHARGEBACK) {
            if (outcome != Outcome.CHARGEBACK && outcome != Outcome.RELEASE) {
                throw InvalidInputException.of("outcome", "trust.dispute.chargeback-outcome",
                        "A chargeback is closed as the seller's fault (chargeback) or not (release)");
            }
            recordDecision(dispute, outcome, new Money(0, dispute.currency()), staff, "STAFF", "DECIDED", reason,
                    outcome == Outcome.CHARGEBACK, staff);
            return;
        }
        switch (outcome) {
            case FULL_REFUND -> recordDecision(dispute, outcome, money.refundAll(dispute), staff, "STAFF", "DECIDED",
                    reason, true, staff);
            case PARTIAL_REFUND -> {
                if (amount == null) {
                    throw InvalidInputException.of("amount", "trust.dispute.amount-required", "Enter the amount to refund");
                }
                recordDecision(dispute, outcome, money.refundPart(dispute, amount).refund(), staff, "STAFF", "DECIDED",
                        reason, true, staff);
            }
            case RELEASE -> {
                money.release(dispute);
                recordDecision(dispute, outcome, new Money(0, dispute.currency()), staff, "STAFF", "DECIDED", reason,
                        false, staff);
            }
            case RETURN_AND_REFUND -> tx.executeWithoutResult(status -> {
                if (!store.update(dispute, DisputeStatus.RETURN_REQUESTED, dispute.offerMinor())) {
                    throw DisputeStore.moved();
                }
                store.addStep(id, staff, "STAFF", "RETURN_REQUESTED", reason, null, clock.instant());
                audit.record(new AuditEntry.Draft(staff, "dispute.return-requested", "order:" + dispute.orderId(),
                        reason, "dispute " + id));
            });
            case CHARGEBACK -> throw InvalidInputException.of("outcome", "trust.dispute.outcome", "Not for this dispute");
        }
    }

    /** The seller (or staff) confirms the returned item arrived: the buyer gets the full refund. */
    public void returnReceived(AccountId member, boolean staff, UUID id) {
        Dispute dispute = visible(member, staff, id);
        if (dispute.status() != DisputeStatus.RETURN_REQUESTED || !(staff || dispute.sellerId().equals(member))) {
            throw InvalidInputException.of("dispute", "trust.dispute.no-return", "No return is awaited");
        }
        Money refunded = money.refundAll(dispute);
        recordDecision(dispute, Outcome.RETURN_AND_REFUND, refunded, member, staff ? "STAFF" : "SELLER",
                "RETURN_RECEIVED", "The returned item arrived", true, staff ? member : null);
    }

    /** The seller's deadline passed: an unanswered dispute is decided for the buyer. */
    public void deadlinePassed(UUID id) {
        Optional<Dispute> due = find(id).filter(d -> d.status() == DisputeStatus.AWAITING_SELLER)
                .filter(d -> !d.sellerDueAt().isAfter(clock.instant()));
        due.ifPresent(dispute -> {
            Money refunded = money.refundAll(dispute);
            recordDecision(dispute, Outcome.FULL_REFUND, refunded, null, "SYSTEM", "DEADLINE",
                    "The seller did not answer in time", true, null);
        });
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
        return store.photoKey(id, photo).flatMap(blobs::get);
    }

    public long[] sellerCounts(AccountId seller) {
        return store.sellerCounts(seller);
    }

    private void recordDecision(Dispute dispute, Outcome outcome, Money refunded, @Nullable AccountId actor, String role,
            String stepKind, String text, boolean sellerLost, @Nullable AccountId staff) {
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

    private static String text(@Nullable String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() < 10 || value.length() > 4000) {
            throw InvalidInputException.of("text", "trust.dispute.text-length", "Describe it in 10 to 4000 characters");
        }
        return value;
    }

    private record CheckedPhoto(byte[] jpeg, ImageFacts facts) {}

    private List<CheckedPhoto> checked(List<Photo> photos) {
        if (photos.size() > settings.disputes().maxPhotos()) {
            throw InvalidInputException.of("photos", "trust.dispute.too-many-photos",
                    "At most " + settings.disputes().maxPhotos() + " photos");
        }
        return photos.stream().filter(p -> p.content().length > 0).map(photo -> {
            try {
                ImageInspector.inspect(photo.content());
                byte[] jpeg = ImageResizer.fitWithinJpeg(photo.content(), 1600);
                return new CheckedPhoto(jpeg, ImageInspector.inspect(jpeg));
            } catch (RejectedImageException e) {
                throw InvalidInputException.of("photos", "trust.dispute.photo-not-image", "Evidence must be a photo (JPEG, PNG or WebP)");
            }
        }).toList();
    }

    private void store(UUID dispute, long seq, List<CheckedPhoto> photos) {
        for (CheckedPhoto photo : photos) {
            UUID id = UUID.randomUUID();
            String key = "disputes/" + dispute + "/" + id + ".jpg";
            blobs.put(key, photo.jpeg(), "image/jpeg");
            store.addPhoto(id, dispute, seq, key, photo.facts().width(), photo.facts().height());
        }
    }

    private static OrderNotFoundException notFound(UUID id) {
        return new OrderNotFoundException("dispute " + id);
    }
}
