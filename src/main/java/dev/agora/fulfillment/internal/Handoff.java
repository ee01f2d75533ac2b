package dev.agora.fulfillment.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The handoff of one order. It guards its own steps: a code is checked here (and locks after too many wrong
 * tries), a shipment is registered once, reschedules are counted.
 */
@Entity
@Table(name = "fulfillment_handoff")
class Handoff {

    enum Status { AWAITING_PICKUP_WINDOW, AWAITING_DELIVERY_WINDOW, SCHEDULED, AWAITING_MEETUP, AWAITING_SHIPMENT,
        IN_TRANSIT, DELIVERED, LOCKED, FAILED, CLOSED }

    @Id
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private DeliveryMethod method;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID buyerId;
    private UUID sellerId;
    private @Nullable String handoffCode;
    private int wrongTries;
    private boolean codeLocked;
    private @Nullable String carrier;
    private @Nullable String trackingNumber;
    private @Nullable String zone;
    private @Nullable Double pickupLat;
    private @Nullable Double pickupLon;
    private @Nullable String pickupAddress;
    private @Nullable Double dropLat;
    private @Nullable Double dropLon;
    private @Nullable String dropAddress;
    private long distanceMetres;
    private int reschedules;
    private Instant createdAt;
    @Version
    private long version;

    protected Handoff() {}

    Handoff(OrderId order, DeliveryMethod method, AccountId buyer, AccountId seller, @Nullable String code, Instant now) {
        this.orderId = order.value();
        this.method = method;
        this.buyerId = buyer.value();
        this.sellerId = seller.value();
        this.handoffCode = code;
        this.createdAt = now;
        this.status = switch (method) {
            case COURIER -> Status.AWAITING_PICKUP_WINDOW;
            case MEETUP -> Status.AWAITING_MEETUP;
            case SHIPPING -> Status.AWAITING_SHIPMENT;
            case NONE -> Status.CLOSED;
        };
    }

    void route(String zoneName, double fromLat, double fromLon, String from, double toLat, double toLon, String to) {
        this.zone = zoneName;
        this.pickupLat = fromLat;
        this.pickupLon = fromLon;
        this.pickupAddress = clip(from);
        this.dropLat = toLat;
        this.dropLon = toLon;
        this.dropAddress = clip(to);
        this.distanceMetres = Math.round(Geo.roadKm(fromLat, fromLon, toLat, toLon) * 1000);
    }

    /** Checks the buyer's code; wrong ones count, the last allowed wrong one locks. Returns whether it matched. */
    boolean checkCode(String entered, int maxTries) {
        if (codeLocked) {
            throw InvalidInputException.of("code", "fulfillment.code.locked",
                    "The handoff code is locked after too many wrong tries; support has been alerted");
        }
        if (handoffCode != null && handoffCode.equals(entered.strip())) {
            return true;
        }
        wrongTries++;
        if (wrongTries >= maxTries) {
            codeLocked = true;
            status = Status.LOCKED;
        }
        return false;
    }

    void pickupBooked() {
        requireStatus(Status.AWAITING_PICKUP_WINDOW);
        status = Status.AWAITING_DELIVERY_WINDOW;
    }

    void deliveryBooked() {
        requireStatus(Status.AWAITING_DELIVERY_WINDOW);
        status = Status.SCHEDULED;
    }

    void pickedUp() {
        status = Status.IN_TRANSIT;
    }

    void shipped(String carrierName, String tracking) {
        requireStatus(Status.AWAITING_SHIPMENT);
        this.carrier = carrierName;
        this.trackingNumber = tracking;
        this.status = Status.IN_TRANSIT;
    }

    void delivered() {
        status = Status.DELIVERED;
    }

    /** A failed courier job; returns whether a reschedule is left (else the handoff has failed for good). */
    boolean failedAttempt(int maxReschedules, boolean pickup) {
        if (reschedules >= maxReschedules) {
            status = Status.FAILED;
            return false;
        }
        reschedules++;
        status = pickup ? Status.AWAITING_PICKUP_WINDOW : Status.AWAITING_DELIVERY_WINDOW;
        return true;
    }

    void closed() {
        if (status != Status.DELIVERED && status != Status.FAILED) {
            status = Status.CLOSED;
        }
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw InvalidInputException.of("status", "fulfillment.handoff.not-now",
                    "This step is not possible now (" + status.name().toLowerCase().replace('_', ' ') + ")");
        }
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null ? null : value.length() > 300 ? value.substring(0, 300) : value;
    }

    OrderId orderId() { return new OrderId(orderId); }
    DeliveryMethod method() { return method; }
    Status status() { return status; }
    AccountId buyerId() { return new AccountId(buyerId); }
    AccountId sellerId() { return new AccountId(sellerId); }
    @Nullable String handoffCode() { return handoffCode; }
    int wrongTries() { return wrongTries; }
    boolean codeLocked() { return codeLocked; }
    @Nullable String carrier() { return carrier; }
    @Nullable String trackingNumber() { return trackingNumber; }
    @Nullable String zone() { return zone; }
    @Nullable Double pickupLat() { return pickupLat; }
    @Nullable Double pickupLon() { return pickupLon; }
    @Nullable String pickupAddress() { return pickupAddress; }
    @Nullable Double dropLat() { return dropLat; }
    @Nullable Double dropLon() { return dropLon; }
    @Nullable String dropAddress() { return dropAddress; }
    long distanceMetres() { return distanceMetres; }
    int reschedules() { return reschedules; }
}
