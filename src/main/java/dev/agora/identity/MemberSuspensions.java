package dev.agora.identity;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way to suspend a member, for staff in the console (admin) and for moderation (trust): both record who and
 * why in the audit log in the same transaction. Identity keeps one suspension per account (until when, and why); a
 * suspended member's sessions end at once and they cannot log in or use API tokens until it ends or is lifted.
 * Changes to an erased account are invalid input.
 */
public interface MemberSuspensions {

    /**
     * Suspends until {@code until}, or without end (a ban, or until staff reinstate) when it is null; replaces a
     * suspension in force. Publishes {@link MemberSuspended}.
     */
    void suspend(AccountId member, @Nullable Instant until, String reason);

    /** Lets a suspended or banned member back in; publishes {@link MemberReinstated} when one was in force. */
    void lift(AccountId member);

    /** Until when the member is suspended now (no end shows as year 9999); empty when they are not. */
    Optional<Instant> suspendedUntil(AccountId member);
}
