package dev.agora.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's verification as they see it in settings and {@code GET /api/v1/me/verification}.
 *
 * @param pendingPhone the number a code was sent to and not confirmed yet (masked), with the code's expiry
 */
public record VerificationStatus(
        Set<VerificationLevel> verified,
        @Nullable String phone,
        @Nullable String pendingPhone,
        @Nullable Instant phoneCodeExpiresAt,
        @Nullable IdCheck idCheck,
        @Nullable BusinessCheck business) {

    public boolean has(VerificationLevel level) {
        return verified.contains(level);
    }

    /** A government ID check; the document itself is never part of a view. */
    public record IdCheck(UUID id, String documentType, CheckState state, @Nullable String reason, Instant submittedAt,
            @Nullable Instant decidedAt, boolean documentStored) {}

    public record BusinessCheck(String companyName, String registrationNumber, String taxId, CheckState state,
            @Nullable String reason, Instant submittedAt) {}

    public enum CheckState {
        PENDING,
        APPROVED,
        REJECTED
    }
}
