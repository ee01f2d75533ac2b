package dev.agora.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member as staff see them in the console: contact, role and account state, never credentials.
 * {@code suspendedUntil} is set while a suspension is in force (year 9999: no end), with its reason.
 */
public record MemberRecord(
        AccountId id,
        String email,
        String handle,
        String displayName,
        Role role,
        @Nullable Instant emailVerifiedAt,
        @Nullable Instant suspendedUntil,
        @Nullable String suspensionReason,
        @Nullable Instant marketingConsentAt,
        @Nullable Instant erasedAt,
        Instant createdAt) {

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean suspended() {
        return suspendedUntil != null;
    }

    /** A suspension without end: a ban, or staff's suspension until reinstated. */
    public boolean suspendedWithoutEnd() {
        return suspendedUntil != null && suspendedUntil.getEpochSecond() >= 253402214400L; // 9999-12-31
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
