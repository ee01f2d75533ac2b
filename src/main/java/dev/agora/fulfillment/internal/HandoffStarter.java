package dev.agora.fulfillment.internal;

import dev.agora.orders.OrderCancelled;
import dev.agora.orders.OrderPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows orders: a paid order opens its handoff, an order ended otherwise closes it. Both are idempotent. */
@Component
class HandoffStarter {

    private final Handoffs handoffs;

    HandoffStarter(Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        handoffs.start(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        handoffs.orderEnded(event.orderId(), event.state());
    }
}
