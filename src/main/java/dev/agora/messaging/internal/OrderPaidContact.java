package dev.agora.messaging.internal;

import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderPlaced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every order gets its own conversation between buyer and seller, opened when the order is placed (pages and the
 * API also open it on first use, should they come first). Once the order is paid, contact details may pass in it
 * (when the operator's {@code allow-contact-after-payment} says so: {@link LeakagePolicy} decides per message);
 * the earlier conversation about the listing keeps the pre-payment rules. Idempotent: running twice changes nothing.
 */
@Component
class OrderPaidContact {

    private final MessagingManagement messaging;

    OrderPaidContact(MessagingManagement messaging) {
        this.messaging = messaging;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        messaging.openForOrder(placed.orderId());
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        messaging.allowContact(paid.orderId());
    }
}
