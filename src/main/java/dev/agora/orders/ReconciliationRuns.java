package dev.agora.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The daily reconciliation of the ledger against the payment provider's records ({@code Payments.reconcile}), run by
 * a recurring task for the previous day and kept as reports for the operators.
 */
public interface ReconciliationRuns {

    /** Reconciles [from, to) now and stores the report. */
    Run run(Instant from, Instant to);

    /** Newest first. */
    List<Run> recent(int limit);

    /** @param details one line per drift: kind, reference, ledger amount, provider amount */
    record Run(UUID id, Instant from, Instant to, int compared, int drifts, List<String> details, Instant ranAt) {

        public boolean clean() {
            return drifts == 0;
        }
    }
}
