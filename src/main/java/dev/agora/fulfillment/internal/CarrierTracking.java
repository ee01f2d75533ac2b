package dev.agora.fulfillment.internal;

import static dev.agora.fulfillment.internal.HandoffCore.requireOrderState;

import dev.agora.fulfillment.ItemDelivered;
import dev.agora.fulfillment.ItemPickedUp;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Shipping: the seller registers carrier and tracking number (format checked per carrier); verified carrier events
 * (see {@link CarrierWebhooks}) fill the timeline, and a delivery event moves the order to delivered.
 */
@Service
public class CarrierTracking {

    private final HandoffCore core;
    private final Handoffs handoffs;
    private final SandboxCarrier sandbox;

    CarrierTracking(HandoffCore core, Handoffs handoffs, SandboxCarrier sandbox) {
        this.core = core;
        this.handoffs = handoffs;
        this.sandbox = sandbox;
    }

    public HandoffView ship(Member me, OrderId id, String carrierName, String trackingNumber) {
        OrderView order = core.visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.ship.seller", "The seller enters the shipment");
        }
        Carrier carrier = Carrier.of(carrierName);
        String tracking = carrier.checked(trackingNumber);
        Handoff handoff = core.handoff(id);
        if (handoff.method() != DeliveryMethod.SHIPPING) {
            throw InvalidInputException.of("carrier", "fulfillment.ship.not-shipping", "This order is not shipped");
        }
        requireOrderState(order, "paid");
        if (handoff.status() != Handoff.Status.AWAITING_SHIPMENT) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.ship.twice", "The shipment is already registered");
        }
        core.orders.transitionAsPlatform(id, "shipped");
        core.tx.executeWithoutResult(status -> {
            Handoff locked = core.handoffs.lockById(id.value()).orElseThrow();
            locked.shipped(carrier.code(), tracking);
            core.record(id, "shipped", carrier.name() + " " + tracking, null);
            core.events.publishEvent(new ItemPickedUp(id, locked.buyerId(), locked.sellerId(), "SHIPPING", core.clock.instant()));
            if (carrier == Carrier.SANDBOX) {
                sandbox.follow(id, tracking);
            }
        });
        return handoffs.view(me, id);
    }

    /** A verified carrier event: recorded once per carrier event id; a delivery event moves the order to delivered. */
    public boolean carrierEvent(Carrier carrier, String trackingNumber, String eventId, String statusName,
            @Nullable String detail) {
        CarrierStatus status = CarrierStatus.of(statusName);
        Optional<Handoff> found = core.handoffs.findByCarrierAndTrackingNumber(carrier.code(),
                trackingNumber.strip().toUpperCase());
        if (found.isEmpty()) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.tracking.unknown", "No shipment with this tracking number");
        }
        OrderId id = found.get().orderId();
        Boolean fresh = core.tx.execute(s -> {
            if (core.tracking.existsByOrderIdAndExternalId(id.value(), eventId)) {
                return false;
            }
            core.record(id, "carrier-" + status.name().toLowerCase().replace('_', '-'), detail, eventId);
            return true;
        });
        if (Boolean.TRUE.equals(fresh) && status == CarrierStatus.DELIVERED) {
            String state = core.orders.get(id).state();
            if (state.equals("handed_over") || state.equals("operator_review")) {
                core.orders.transitionAsPlatform(id, "delivered");
                core.tx.executeWithoutResult(s -> {
                    Handoff locked = core.handoffs.lockById(id.value()).orElseThrow();
                    locked.delivered();
                    core.events.publishEvent(new ItemDelivered(id, locked.buyerId(), locked.sellerId(), "SHIPPING",
                            core.clock.instant()));
                });
            }
        }
        return Boolean.TRUE.equals(fresh);
    }

    /** Carrier statuses the webhook understands. */
    enum CarrierStatus {
        IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION;

        static CarrierStatus of(String value) {
            try {
                return valueOf(String.valueOf(value).strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "fulfillment.carrier.status", "Unknown carrier status " + value);
            }
        }
    }
}
