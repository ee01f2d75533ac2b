package dev.agora.fulfillment.internal;

import static dev.agora.fulfillment.internal.HandoffCore.requireOrderState;
import static dev.agora.fulfillment.internal.HandoffCore.windowStart;

import dev.agora.fulfillment.HandoffScheduled;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Courier windows: the seller books the pickup window, the buyer the delivery window after it; each booking takes
 * a place of the zone's window capacity and creates the courier job.
 */
@Service
public class CourierWindows {

    private final HandoffCore core;
    private final Handoffs handoffs;
    private final WindowSlots slots;
    private final Tariff tariff;

    CourierWindows(HandoffCore core, Handoffs handoffs, WindowSlots slots, Tariff tariff) {
        this.tariff = tariff;
        this.core = core;
        this.handoffs = handoffs;
        this.slots = slots;
    }

    /** The windows of the coming week in the order's zone with places left (pickup: from now; delivery: after pickup). */
    public List<Window> pickupWindows(OrderId id) {
        return windows(id, CourierJob.Kind.PICKUP);
    }

    public List<Window> deliveryWindows(OrderId id) {
        return windows(id, CourierJob.Kind.DELIVERY);
    }

    List<Window> windows(OrderId id, CourierJob.Kind kind) {
        Handoff handoff = core.handoff(id);
        if (handoff.zone() == null) {
            return List.of();
        }
        var settings = core.settings;
        Instant earliest = core.clock.instant();
        if (kind == CourierJob.Kind.DELIVERY) {
            Optional<CourierJob> pickup = core.openOrDone(id, CourierJob.Kind.PICKUP);
            if (pickup.isEmpty()) {
                return List.of();
            }
            earliest = windowStart(pickup.get().day(), pickup.get().windowStart()).plusSeconds(settings.windowHours() * 3600L - 1);
        }
        int capacity = capacity(handoff.zone());
        List<Window> windows = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(core.clock.instant(), ZoneOffset.UTC);
        for (int d = 0; d < 8; d++) {
            LocalDate day = today.plusDays(d);
            for (int hour : settings.windowStartHours()) {
                if (windowStart(day, hour).isAfter(earliest)) {
                    int left = capacity - slots.booked(handoff.zone(), day, hour);
                    windows.add(new Window(day, hour, hour + settings.windowHours(), Math.max(0, left)));
                }
            }
        }
        return windows;
    }

    public HandoffView bookPickup(Member me, OrderId id, String window) {
        OrderView order = core.visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("window", "fulfillment.window.seller", "The seller books the pickup window");
        }
        requireOrderState(order, "paid");
        book(id, CourierJob.Kind.PICKUP, window);
        return handoffs.view(me, id);
    }

    public HandoffView bookDelivery(Member me, OrderId id, String window) {
        OrderView order = core.visibleOrder(me, id);
        if (!order.buyerId().equals(me.id())) {
            throw InvalidInputException.of("window", "fulfillment.window.buyer", "The buyer books the delivery window");
        }
        book(id, CourierJob.Kind.DELIVERY, window);
        return handoffs.view(me, id);
    }

    /** The window capacity of a zone (the tariff in force may set its own). */
    int capacity(String zone) {
        return tariff.capacity(zone);
    }

    private void book(OrderId id, CourierJob.Kind kind, String window) {
        LocalDate day;
        int hour;
        try {
            String[] parts = window.split("T");
            day = LocalDate.parse(parts[0]);
            hour = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("window", "fulfillment.window.invalid", "Choose a window");
        }
        var settings = core.settings;
        if (!settings.windowStartHours().contains(hour)) {
            throw InvalidInputException.of("window", "fulfillment.window.invalid", "Choose one of the offered windows");
        }
        Instant start = windowStart(day, hour);
        if (!start.isAfter(core.clock.instant())) {
            throw InvalidInputException.of("window", "fulfillment.window.past", "This window has already started");
        }
        core.tx.executeWithoutResult(status -> {
            Handoff handoff = core.handoffs.lockById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            if (handoff.method() != DeliveryMethod.COURIER) {
                throw InvalidInputException.of("window", "fulfillment.window.not-courier", "This order is not delivered by courier");
            }
            double lat;
            double lon;
            String address;
            if (kind == CourierJob.Kind.PICKUP) {
                handoff.pickupBooked();
                lat = handoff.pickupLat();
                lon = handoff.pickupLon();
                address = handoff.pickupAddress();
            } else {
                CourierJob pickup = core.openOrDone(id, CourierJob.Kind.PICKUP).orElseThrow(() -> InvalidInputException.of(
                        "window", "fulfillment.window.pickup-first", "The pickup window is booked first"));
                if (start.isBefore(windowStart(pickup.day(), pickup.windowStart()).plusSeconds(settings.windowHours() * 3600L))) {
                    throw InvalidInputException.of("window", "fulfillment.window.before-pickup",
                            "The delivery window must come after the pickup window");
                }
                handoff.deliveryBooked();
                lat = handoff.dropLat();
                lon = handoff.dropLon();
                address = handoff.dropAddress();
            }
            if (!slots.book(handoff.zone(), day, hour, capacity(handoff.zone()))) {
                throw InvalidInputException.of("window", "fulfillment.window.full", "This window is full; choose another");
            }
            int attempt = handoff.reschedules() + 1;
            CourierJob job = new CourierJob(id.value(), kind, handoff.zone(), day, hour, lat, lon, address, attempt,
                    core.clock.instant());
            core.jobs.save(job);
            core.record(id, kind == CourierJob.Kind.PICKUP ? "pickup-booked" : "delivery-booked",
                    day + " " + hour + ":00–" + (hour + settings.windowHours()) + ":00", null);
            core.events.publishEvent(new HandoffScheduled(id, handoff.buyerId(), handoff.sellerId(), kind.name(), day,
                    hour, core.clock.instant()));
        });
    }
}
