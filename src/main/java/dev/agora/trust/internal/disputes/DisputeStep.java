package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a dispute's timeline: OPENED, MESSAGE, OFFER, OFFER_ACCEPTED, OFFER_DECLINED, CONTESTED,
 * ACCEPTED, RETURN_REQUESTED, RETURN_RECEIVED, DEADLINE, DECIDED. {@code role} is BUYER, SELLER, STAFF or SYSTEM.
 */
public record DisputeStep(long seq, @Nullable AccountId actor, String role, String kind, String text,
        @Nullable Long amountMinor, Instant at, List<UUID> photos) {

    public dev.agora.kernel.money.@Nullable Money amountIn(java.util.Currency currency) {
        return amountMinor == null ? null : new dev.agora.kernel.money.Money(amountMinor, currency);
    }
}
