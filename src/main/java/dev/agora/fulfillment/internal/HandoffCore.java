package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.HandoffFailed;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every handoff step shares: the repositories, the tracking record, the handoff code check and the guards
 * (who may act, in which order state). Local changes commit in their own transaction ({@link #tx}); the order's
 * platform transition is asked for outside it, because orders runs payment steps outside transactions.
 */
@Component
class HandoffCore {

    final HandoffRepository handoffs;
    final CourierJobRepository jobs;
    final TrackingEventRepository tracking;
    final FulfillmentSettings settings;
    final OrderManagement orders;
    final ApplicationEventPublisher events;
    final TransactionTemplate tx;
    final Clock clock;

    HandoffCore(HandoffRepository handoffs, CourierJobRepository jobs, TrackingEventRepository tracking,
            FulfillmentSettings settings, OrderManagement orders, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.handoffs = handoffs;
        this.jobs = jobs;
        this.tracking = tracking;
        this.settings = settings;
        this.orders = orders;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Handoff handoff(OrderId id) {
        return handoffs.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
    }

    void record(OrderId id, String kind, @Nullable String detail, @Nullable String externalId) {
        tracking.save(new TrackingEvent(id.value(), kind, detail, externalId, clock.instant()));
    }

    /** Checks a code in its own transaction, so wrong tries count even though the call then fails. */
    void checkCode(OrderId id, String code) {
        Boolean matched = tx.execute(status -> {
            Handoff handoff = handoffs.lockById(id.value()).orElseThrow();
            boolean wasLocked = handoff.codeLocked();
            boolean ok = handoff.checkCode(code == null ? "" : code, settings.codeTries());
            if (!ok && !wasLocked && handoff.codeLocked()) {
                record(id, "code-locked", handoff.wrongTries() + " wrong codes", null);
                events.publishEvent(new HandoffFailed(id, handoff.buyerId(), handoff.sellerId(), "code-locked",
                        handoff.wrongTries(), true, clock.instant()));
            }
            return ok;
        });
        if (!Boolean.TRUE.equals(matched)) {
            Handoff after = handoffs.findById(id.value()).orElseThrow();
            if (after.codeLocked()) {
                throw InvalidInputException.of("code", "fulfillment.code.locked",
                        "The handoff code is locked after too many wrong tries; buyer, seller and support are alerted");
            }
            throw InvalidInputException.of("code", "fulfillment.code.wrong", "Wrong code ("
                    + (settings.codeTries() - after.wrongTries()) + " tries left)");
        }
    }

    /** The latest pickup or delivery job of an order that is still open or done (not failed or cancelled). */
    Optional<CourierJob> openOrDone(OrderId id, CourierJob.Kind kind) {
        return jobs.findByOrderIdOrderByCreatedAtAsc(id.value()).stream()
                .filter(j -> j.kind() == kind && (j.status() == CourierJob.Status.OPEN || j.status() == CourierJob.Status.DONE))
                .reduce((first, second) -> second);
    }

    OrderView visibleOrder(Member me, OrderId id) {
        return orders.find(me.id(), me.isStaff(), id);
    }

    String titleOf(UUID orderId) {
        try {
            return orders.get(new OrderId(orderId)).listingTitle();
        } catch (OrderNotFoundException e) {
            return "";
        }
    }

    static void requireCourier(Member me) {
        if (me.role() != Role.COURIER) {
            throw new NotYourJobException();
        }
    }

    static void requireOrderState(OrderView order, String state) {
        if (!order.state().equals(state)) {
            throw InvalidInputException.of("status", "fulfillment.order.not-now",
                    "Not possible while the order is " + order.state().replace('_', ' '));
        }
    }

    static Instant windowStart(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
