package dev.agora.analytics;

import dev.agora.analytics.internal.ListingFacts;
import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MarketProjection.FunnelStep;
import dev.agora.analytics.internal.MarketProjection.SupportCase;
import dev.agora.analytics.internal.OrderFacts;
import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A small market in March 2025 in a city of its own, fed to the projection as events, whose figures are worked out
 * by hand in {@link MarketMetricsContract} (see the comments there). Every run uses new ids and a new city.
 */
final class SeededMarket {

    final String city = "Seedville-" + UUID.randomUUID().toString().substring(0, 8);
    final UUID s1 = UUID.randomUUID();
    final UUID s2 = UUID.randomUUID();
    final UUID b1 = UUID.randomUUID();
    final UUID b2 = UUID.randomUUID();
    final UUID b3 = UUID.randomUUID();
    final UUID l1 = UUID.randomUUID();
    final UUID l2 = UUID.randomUUID();
    final UUID l3 = UUID.randomUUID();
    final UUID l4 = UUID.randomUUID();
    final UUID l5 = UUID.randomUUID();
    private final MarketProjection projection;

    SeededMarket(MarketProjection projection) {
        this.projection = projection;
    }

    static Instant at(String when) {
        return Instant.parse(when + ":00Z");
    }

    SeededMarket seed() {
        listing(l1, s1, "2025-03-01T10:00");
        listing(l2, s1, "2025-03-01T12:00");
        listing(l3, s2, "2025-03-02T10:00");
        listing(l4, s2, "2025-03-03T10:00");
        listing(l5, s1, "2025-03-09T10:00");

        var o1 = order(l1, b1, s1, false, "110.00", "15.00", "100.00", "2025-03-02T10:00");
        paid(o1, "2025-03-02T10:00");
        completed(o1, "2025-03-05T10:00");
        var o2 = order(l3, b2, s2, false, "55.00", "7.50", "50.00", "2025-03-04T10:00");
        paid(o2, "2025-03-04T10:00");
        completed(o2, "2025-03-08T10:00");
        projection.refundIssued("refund:" + UUID.randomUUID(), o2.orderId(), Money.of("11.00", "EUR"), at("2025-03-09T10:00"));
        var o3 = order(l2, b1, s1, false, "220.00", "30.00", "200.00", "2025-03-06T12:00");
        paid(o3, "2025-03-06T12:00");
        completed(o3, "2025-03-10T12:00");
        var o4 = order(l4, b3, s2, true, "33.00", "4.00", "30.00", "2025-03-07T10:00");
        projection.orderCancelled("cancelled:" + o4.orderId(), o4, at("2025-03-07T18:00"));
        var o5 = order(l4, b3, s2, true, "33.00", "4.00", "30.00", "2025-03-08T10:00");
        paid(o5, "2025-03-08T20:00");
        // April: buyer 1 buys again from seller 1, more than 30 days after listing 5 was published
        var o6 = order(l5, b1, s1, false, "22.00", "3.00", "20.00", "2025-04-15T09:00");
        paid(o6, "2025-04-15T09:00");

        for (int i = 0; i < 3; i++) {
            projection.funnelStep(FunnelStep.VIEW, l1, at("2025-03-02T09:00"));
        }
        projection.funnelStep(FunnelStep.VIEW, l3, at("2025-03-02T09:00"));
        projection.funnelStep(FunnelStep.VIEW, l3, at("2025-03-03T09:00"));
        projection.funnelStep(FunnelStep.CHECKOUT, l1, at("2025-03-02T09:30"));
        projection.funnelStep(FunnelStep.CHECKOUT, l1, at("2025-03-02T09:40"));
        projection.funnelStep(FunnelStep.CHECKOUT, l3, at("2025-03-04T09:50"));
        projection.supportCase("report:" + UUID.randomUUID(), SupportCase.REPORT, "bikes", city, at("2025-03-04T11:00"));
        projection.supportCase("dispute:" + UUID.randomUUID(), SupportCase.DISPUTE, "bikes", city, at("2025-03-09T11:00"));
        return this;
    }

    private void listing(UUID id, UUID seller, String published) {
        projection.listingPublished("published:" + id, new ListingFacts(id, seller, "bikes", city, at(published)));
    }

    private OrderFacts order(UUID listing, UUID buyer, UUID seller, boolean booking, String total, String fees,
            String gross, String placed) {
        var order = new OrderFacts(UUID.randomUUID(), listing, buyer, seller, "bikes", city, booking, Money.of(total, "EUR"),
                Money.of(fees, "EUR"), Money.of(gross, "EUR"), at(placed));
        projection.orderPlaced("placed:" + order.orderId(), order);
        return order;
    }

    private void paid(OrderFacts order, String when) {
        projection.orderPaid("paid:" + order.orderId(), order, at(when));
    }

    private void completed(OrderFacts order, String when) {
        projection.orderCompleted("completed:" + order.orderId(), order, at(when));
    }
}
