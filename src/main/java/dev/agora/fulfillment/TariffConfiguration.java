package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Issue 7: the courier tariff, versioned and append-only. A new version applies to quotes made from then on; an
 * order keeps the fee it was priced with (a line item of its quote). The first version is seeded from
 * {@code agora.fulfillment.zones}. Invalid rules are {@link dev.agora.kernel.validation.InvalidInputException}
 * naming the field ({@code zones[i].baseFee}) and save nothing.
 */
public interface TariffConfiguration {

    Version current();

    /** Every version, newest first. */
    List<Version> history();

    /** Saves the next version; the reason is mandatory (the console also records it in the audit log). */
    Version save(List<ZoneRule> zones, AccountId by, String reason);

    /**
     * A zone: a radius around a centre; fee = base + per-km × road km, less the batching discount when it shares a
     * route; {@code windowCapacity} jobs per pickup/delivery window.
     */
    record ZoneRule(String name, double latitude, double longitude, double radiusKm, String currency, String baseFee,
            String perKmFee, int batchingDiscountBasisPoints, int windowCapacity) {}

    record Version(int version, List<ZoneRule> zones, Instant createdAt, @Nullable AccountId createdBy, String reason) {}
}
