package dev.agora.fulfillment.internal;

/** The operator's cost of one route: a fixed start, each driven km, each stop. In minor units. */
public final class RouteCost {

    private RouteCost() {}

    public static long of(FulfillmentSettings.Cost cost, double km, int stops) {
        return cost.perRouteMinor() + Math.round(km * cost.perKmMinor()) + (long) stops * cost.perStopMinor();
    }
}
