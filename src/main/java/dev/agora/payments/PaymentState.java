package dev.agora.payments;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of one provider call, after Kill Bill's payment states: every operation starts PENDING and ends
 * SUCCEEDED or FAILED. REQUIRES_ACTION waits for the buyer (an authentication step); ERRORED means the outcome
 * is unknown (network, provider outage) and the same call may be retried with the same idempotency key.
 * The allowed successors are listed here and nowhere else.
 */
public enum PaymentState {
    PENDING,
    REQUIRES_ACTION,
    ERRORED,
    SUCCEEDED,
    FAILED;

    public Set<PaymentState> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(REQUIRES_ACTION, ERRORED, SUCCEEDED, FAILED);
            case REQUIRES_ACTION -> EnumSet.of(ERRORED, SUCCEEDED, FAILED);
            case ERRORED -> EnumSet.of(PENDING, REQUIRES_ACTION, SUCCEEDED, FAILED);
            case SUCCEEDED, FAILED -> EnumSet.noneOf(PaymentState.class);
        };
    }

    public boolean canBecome(PaymentState next) {
        return next == this || successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }
}
