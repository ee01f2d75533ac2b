package dev.agora.messaging.internal;

import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderView;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once an order is paid its buyer and seller may exchange contact details in their conversation about the
 * listing (when the operator's {@code allow-contact-after-payment} says so: {@link LeakagePolicy} decides per
 * message). The conversation is opened if they had none, so they can agree on the handoff. Idempotent: running
 * twice sets the same flag.
 */
@Component
class OrderPaidContact {

    private final OrderManagement orders;
    private final MessagingManagement messaging;

    OrderPaidContact(OrderManagement orders, MessagingManagement messaging) {
        this.orders = orders;
        this.messaging = messaging;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        OrderView order = orders.get(paid.orderId());
        messaging.allowContact(order.listingId(), order.buyerId());
    }
}
