package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Issue 7: assigning courier jobs, for the operator console (which records the staff action in the audit log).
 * Bad input (an unknown job, one that is no longer open, an account that is not a courier) is
 * {@link dev.agora.kernel.validation.InvalidInputException} and changes nothing.
 */
public interface CourierDispatch {

    /** Assigns the day's open, unassigned jobs by the documented rule; returns how many were assigned. */
    int autoAssign(LocalDate day);

    /** An operator gives an open job to another courier (or back to the pool with {@code null}). */
    void reassign(UUID jobId, @org.jspecify.annotations.Nullable AccountId courier);
}
