package dev.agora.orders.internal.payouts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.orders.payouts.*}: payout rules.
 *
 * @param minimumMinor the smallest payout, in minor units of the balance's currency
 * @param firstPayoutHoldDays a new seller's first payout waits this long after their first completed order ...
 * @param firstPayoutHoldOrders ... unless they completed this many orders already
 * @param weekly whether the weekly schedule pays out every eligible seller's available money
 * @param weeklyCron when the weekly run starts (six-field cron, in {@code zone})
 */
@ConfigurationProperties("agora.orders.payouts")
public record PayoutSettings(long minimumMinor, int firstPayoutHoldDays, int firstPayoutHoldOrders, boolean weekly,
        String weeklyCron, String zone) {

    public PayoutSettings {
        if (minimumMinor < 1 || firstPayoutHoldDays < 0 || firstPayoutHoldOrders < 0) {
            throw new IllegalArgumentException("agora.orders.payouts: minimum ≥ 1, holds ≥ 0");
        }
        weeklyCron = weeklyCron == null || weeklyCron.isBlank() ? "0 0 6 * * MON" : weeklyCron;
        zone = zone == null || zone.isBlank() ? "UTC" : zone;
    }
}
