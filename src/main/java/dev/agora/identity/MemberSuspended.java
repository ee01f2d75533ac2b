package dev.agora.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member was suspended until a time, or banned or suspended until staff reinstate them ({@code until} null). Their sessions ended and they cannot log
 * in or use API tokens until then; {@code reason} is the moderator's.
 */
public record MemberSuspended(UUID eventId, AccountId accountId, @Nullable Instant until, String reason, Instant occurredAt) {

    public boolean ban() {
        return until == null;
    }
}
