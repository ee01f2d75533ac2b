package dev.agora.trust;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded staff action. {@code subject} names what it was about as {@code kind:id} (for example
 * {@code order:0b6…}, {@code member:3f2…}, {@code listing:…}); {@code details} is free text such as the old and the
 * new state.
 *
 * @param actor the staff member, or null for the platform itself (a rule or a timer)
 */
public record AuditEntry(UUID id, @Nullable AccountId actor, String action, String subject, String reason,
        String details, Instant at) {

    public record Draft(@Nullable AccountId actor, String action, String subject, String reason, String details) {

        public static Draft of(@Nullable AccountId actor, String action, String subject, String reason) {
            return new Draft(actor, action, subject, reason, "");
        }
    }
}
