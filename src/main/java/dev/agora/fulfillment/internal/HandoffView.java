package dev.agora.fulfillment.internal;

import dev.agora.orders.DeliveryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A handoff as its viewer sees it. {@code code} is set for the buyer only (they show it to the seller or courier).
 *
 * @param viewer BUYER, SELLER or STAFF
 */
public record HandoffView(String orderId, String listingTitle, String orderState, DeliveryMethod method, String status,
        String viewer, @Nullable String code, boolean codeLocked, int wrongTries, @Nullable String carrier,
        @Nullable String trackingNumber, @Nullable String zone, double distanceKm, int reschedules, List<Job> jobs,
        List<Entry> timeline) {

    public record Job(String id, String kind, String status, LocalDate day, int windowStart, int windowEnd,
            @Nullable String address, boolean assigned, @Nullable String checklist, int photos, @Nullable String note) {}

    public record Entry(String kind, @Nullable String detail, Instant at) {}

    public boolean isBuyer() {
        return viewer.equals("BUYER");
    }

    public boolean isSeller() {
        return viewer.equals("SELLER");
    }
}
