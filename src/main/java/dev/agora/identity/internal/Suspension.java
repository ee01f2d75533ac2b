package dev.agora.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A suspension by staff or moderation (issue 9: one mechanism for both). A suspension without end (a ban, or staff's
 * "until reinstated") runs to year 9999, as Instant.MAX is not storable.
 */
@Embeddable
record Suspension(
        @Column(name = "suspended_until") @Nullable Instant until,
        @Column(name = "suspension_reason") @Nullable String reason) {

    static final Suspension NONE = new Suspension(null, null);

    boolean activeAt(Instant now) {
        return until != null && until.isAfter(now);
    }
}
