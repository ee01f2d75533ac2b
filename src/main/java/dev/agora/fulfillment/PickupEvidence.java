package dev.agora.fulfillment;

import dev.agora.kernel.storage.BlobStorage;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Read-only access to what the platform courier recorded at pickup (the condition checklist, the note and the
 * photos), for staff deciding a dispute. Callers check that the reader is staff.
 */
public interface PickupEvidence {

    /** The completed courier pickup of an order, if a courier picked it up. */
    Optional<Pickup> pickupOf(OrderId order);

    /** Pickup photo {@code number} (1-based) of the order, a JPEG. */
    Optional<BlobStorage.StoredBlob> photo(OrderId order, int number);

    /** @param photos how many photos there are, numbered 1..photos */
    record Pickup(OrderId orderId, UUID jobId, Instant pickedUpAt, List<Check> checklist, @Nullable String note,
            int photos) {}

    /** One checklist item ({@code matches-listing}, {@code no-damage}, {@code complete}, {@code packed}) as ticked. */
    record Check(String item, boolean ok) {}
}
