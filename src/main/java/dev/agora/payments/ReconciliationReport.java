package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The ledger against the provider's records for one period: captures and refunds per order, settled payouts
 * per seller. Every difference is a drift an operator must look at; an empty list means both agree.
 */
public record ReconciliationReport(Instant from, Instant to, int compared, List<Drift> drifts) {

    public ReconciliationReport {
        drifts = List.copyOf(drifts);
    }

    public boolean clean() {
        return drifts.isEmpty();
    }

    public enum Kind { CAPTURE, REFUND, PAYOUT }

    public record Drift(Kind kind, String reference, Money ledger, Money provider) {}
}
