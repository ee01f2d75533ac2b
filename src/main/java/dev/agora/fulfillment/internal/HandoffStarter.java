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

    // orders-events: the event says how the item travels. An order the parties hand over themselves has no handoff:
    // the condition (checked before Spring Modulith stores a publication) keeps it out of the registry, and the order
    // is not read. A courier's address is read from the order; it is not in the event. An event stored before the
    // method was added (null) still goes to start, which reads the order and decides as before.
    @ApplicationModuleListener(condition = "#event.deliveryMethod() == null or #event.deliveryMethod().provenByPlatform()")
    void on(OrderPaid event) {
        handoffs.start(event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        handoffs.orderEnded(event.orderId(), event.state());
    }
}
