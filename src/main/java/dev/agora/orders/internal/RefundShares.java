package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import dev.agora.listings.CancellationPolicy;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who bears a refund, in one place. Cancellation policies give the buyer a share (basis points) by the time left
 * before the start; a refund comes out of the seller's share first, then the commission, then the platform fee, so
 * the platform keeps its fees unless the refund is larger than the seller's share (a full refund returns them).
 */
final class RefundShares {

    private RefundShares() {}

    /** The share of what is left that a buyer cancelling at {@code now} gets back (10 000 = all). */
    static long policyShare(@Nullable String policy, @Nullable Instant startsAt, Instant now) {
        if (policy == null || startsAt == null) {
            return 10_000;
        }
        Duration before = Duration.between(now, startsAt);
        if (before.isNegative()) {
            return 0;
        }
        return switch (CancellationPolicy.valueOf(policy)) {
            case FLEXIBLE -> before.compareTo(Duration.ofHours(24)) >= 0 ? 10_000 : 5_000;
            case MODERATE -> before.compareTo(Duration.ofDays(5)) >= 0 ? 10_000 : before.compareTo(Duration.ofHours(24)) >= 0 ? 5_000 : 0;
            case STRICT -> before.compareTo(Duration.ofDays(7)) >= 0 ? 5_000 : 0;
        };
    }

    /** Commission and platform fee still due at release after {@code refunded} went back to the buyer. */
    static Fees feesAfter(Money refunded, Money sellerNet, Money commission, Money platformFee) {
        long leftover = Math.max(0, refunded.minorUnits() - sellerNet.minorUnits());
        long commissionDue = Math.max(0, commission.minorUnits() - leftover);
        long leftover2 = Math.max(0, leftover - commission.minorUnits());
        long feeDue = Math.max(0, platformFee.minorUnits() - leftover2);
        return new Fees(new Money(commissionDue, commission.currency()), new Money(feeDue, platformFee.currency()));
    }

    record Fees(Money commission, Money platformFee) {}
}
