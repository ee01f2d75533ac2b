package dev.agora.fulfillment.internal;

import dev.agora.identity.Member;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The handoff of an order from start to end and what the parties see of it. The steps live with their method:
 * {@link CourierWindows} and {@link CourierJobs} (platform courier), {@link MeetupCodes} (meetup),
 * {@link CarrierTracking} (shipping); {@link HandoffCore} holds what they share.
 */
@Service
public class Handoffs {

    private final HandoffCore core;
    private final CourierQuotes quotes;
    private final ListingManagement listings;
    private final WindowSlots slots;
    private final TransactionTemplate ownTx;

    Handoffs(HandoffCore core, CourierQuotes quotes, ListingManagement listings, WindowSlots slots,
            PlatformTransactionManager transactions) {
        this.core = core;
        this.quotes = quotes;
        this.listings = listings;
        this.slots = slots;
        // opening a handoff may race with itself (listener and page); its own transaction keeps a lost race local
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An order was paid: open its handoff (once; a repeated event finds it there). */
    void start(OrderId id) {
        OrderView order = core.orders.get(id);
        DeliveryMethod method = order.delivery().method();
        if (!method.provenByPlatform()) {
            return;
        }
        try {
            ownTx.executeWithoutResult(status -> {
                if (core.handoffs.existsById(id.value())) {
                    return;
                }
                String code = method == DeliveryMethod.COURIER || method == DeliveryMethod.MEETUP ? HandoffCodes.next() : null;
                Handoff handoff = new Handoff(id, method, order.buyerId(), order.sellerId(), code, core.clock.instant());
                if (method == DeliveryMethod.COURIER) {
                    var listing = listings.find(order.listingId()).orElseThrow();
                    var trip = quotes.courierTrip(listing, order.delivery());
                    handoff.route(trip.zone().name(), trip.fromLat(), trip.fromLon(),
                            listing.location().postalCode() + " " + listing.location().city(), trip.toLat(), trip.toLon(),
                            address(order));
                }
                core.handoffs.saveAndFlush(handoff);
                core.record(id, "opened", method.name().toLowerCase(), null);
            });
        } catch (DataIntegrityViolationException raced) {
            // the listener and a page opened it at the same time: one of them won, which is all that matters
        }
    }

    /** The order ended another way (refund, ship-by expiry, cancellation): open jobs are cancelled, slots freed. */
    void orderEnded(OrderId id, String state) {
        core.tx.executeWithoutResult(status -> core.handoffs.lockById(id.value()).ifPresent(handoff -> {
            boolean cancelledAny = false;
            for (CourierJob job : core.jobs.findByOrderIdOrderByCreatedAtAsc(id.value())) {
                if (job.status() == CourierJob.Status.OPEN) {
                    job.cancel();
                    slots.release(job.zone(), job.day(), job.windowStart());
                    cancelledAny = true;
                }
            }
            if (handoff.status() != Handoff.Status.CLOSED && handoff.status() != Handoff.Status.DELIVERED) {
                handoff.closed();
                core.record(id, "closed", state + (cancelledAny ? ", jobs cancelled" : ""), "closed:" + state);
            }
        }));
    }

    public HandoffView view(Member me, OrderId id) {
        OrderView order = core.visibleOrder(me, id);
        if (!core.handoffs.existsById(id.value()) && order.delivery().method().provenByPlatform() && order.state().equals("paid")) {
            start(id); // the OrderPaid listener may not have run yet; starting is idempotent
        }
        int windowHours = core.settings.windowHours();
        return core.tx.execute(status -> {
            Handoff handoff = core.handoff(id);
            String viewer = order.buyerId().equals(me.id()) ? "BUYER" : order.sellerId().equals(me.id()) ? "SELLER" : "STAFF";
            List<HandoffView.Job> jobViews = core.jobs.findByOrderIdOrderByCreatedAtAsc(id.value()).stream()
                    .map(j -> new HandoffView.Job(j.id().toString(), j.kind().name(), j.status().name(), j.day(),
                            j.windowStart(), j.windowStart() + windowHours, j.address(), j.courierId() != null,
                            j.checklist(), j.photoKeys().size(), j.note()))
                    .toList();
            List<HandoffView.Entry> timeline = core.tracking.findByOrderIdOrderByOccurredAtAsc(id.value()).stream()
                    .map(e -> new HandoffView.Entry(e.kind(), e.detail(), e.occurredAt())).toList();
            return new HandoffView(id.toString(), order.listingTitle(), order.state(), handoff.method(),
                    handoff.status().name(), viewer, viewer.equals("BUYER") ? handoff.handoffCode() : null,
                    handoff.codeLocked(), handoff.wrongTries(), handoff.carrier(), handoff.trackingNumber(), handoff.zone(),
                    handoff.distanceMetres() / 1000.0, handoff.reschedules(), jobViews, timeline);
        });
    }

    public List<TrackingEntry> trackingOf(OrderId id) {
        return core.tracking.findByOrderIdOrderByOccurredAtAsc(id.value()).stream()
                .map(e -> new TrackingEntry(e.kind(), e.detail(), e.occurredAt())).toList();
    }

    public record TrackingEntry(String kind, @Nullable String detail, Instant at) {}

    private static String address(OrderView order) {
        var d = order.delivery();
        return String.join(", ", java.util.stream.Stream.of(d.address(), d.postalCode(), d.city())
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
