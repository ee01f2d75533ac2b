package dev.agora.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member as staff see them in the console: contact, role and account state, never credentials. */
public record MemberRecord(
        AccountId id,
        String email,
        String handle,
        String displayName,
        Role role,
        @Nullable Instant emailVerifiedAt,
        @Nullable Instant suspendedAt,
        @Nullable Instant marketingConsentAt,
        @Nullable Instant erasedAt,
        Instant createdAt) {

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
