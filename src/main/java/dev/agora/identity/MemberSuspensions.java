package dev.agora.identity;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Suspensions and bans, asked for by the trust module's moderation (which records who and why in its audit log).
 * A suspended member's sessions end at once and they cannot log in or use API tokens until the time passes.
 */
public interface MemberSuspensions {

    /** Suspends until {@code until}, or bans for good when it is null; publishes {@link MemberSuspended}. */
    void suspend(AccountId member, @Nullable Instant until, String reason);

    /** Lets a suspended or banned member back in (an appeal upheld); does nothing for others. */
    void lift(AccountId member);

    /** Until when the member is suspended now (a ban shows as year 9999); empty when they are not. */
    Optional<Instant> suspendedUntil(AccountId member);
}
