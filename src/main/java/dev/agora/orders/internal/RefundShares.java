package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import dev.agora.listings.CancellationPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Who bears a refund, in one place. Cancellation policies give the buyer a share (basis points) by the time left
 * before the start; a refund comes out of the seller's share first, then the commission, then the platform fee, so
 * the platform keeps its fees unless the refund is larger than the seller's share (a full refund returns them).
 */
final class RefundShares {

    private RefundShares() {}

    /**
     * The share of what is left that a buyer cancelling at {@code now} gets back (10 000 = all). The policy's days
     * are days of the market's calendar ({@code zone}): "7 days before" is the same local time 7 dates earlier, so
     * across a DST change a day before the start is 23 or 25 hours, as the buyer reads it on the booking.
     */
    static long policyShare(@Nullable String policy, @Nullable Instant startsAt, Instant now, ZoneId zone) {
        if (policy == null || startsAt == null) {
            return 10_000;
        }
        if (now.isAfter(startsAt)) {
            return 0;
        }
        ZonedDateTime start = startsAt.atZone(zone);
        boolean day = !now.isAfter(start.minusDays(1).toInstant());
        boolean fiveDays = !now.isAfter(start.minusDays(5).toInstant());
        boolean week = !now.isAfter(start.minusDays(7).toInstant());
        return switch (CancellationPolicy.valueOf(policy)) {
            case FLEXIBLE -> day ? 10_000 : 5_000;
            case MODERATE -> fiveDays ? 10_000 : day ? 5_000 : 0;
            case STRICT -> week ? 5_000 : 0;
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
