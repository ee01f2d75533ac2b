package dev.agora.trust.internal.fraud;

import dev.agora.orders.OrderId;

/** The ledger hold a fraud rule puts on an order's escrow. */
public final class FraudHolds {

    private FraudHolds() {}

    public static String holdId(OrderId order) {
        return "fraud:" + order;
    }
}
