package dev.agora.messaging.internal;

import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderPlaced;
import java.util.Objects;
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
    private final OrderConversations orderConversations;

    OrderPaidContact(MessagingManagement messaging, OrderConversations orderConversations) {
        this.messaging = messaging;
        this.orderConversations = orderConversations;
    }

    // orders-events: the events carry the listing and the parties, so the conversation opens without reading the
    // order; a publication stored before they did falls back to the read

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        if (placed.listingTitle() == null) {
            messaging.openForOrder(placed.orderId());
            return;
        }
        orderConversations.openForOrder(placed.orderId(), placed.listingId(), placed.listingTitle(), placed.buyerId(),
                placed.sellerId(), false); // the payment's event lets contact through
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (!paid.summarised()) {
            messaging.allowContact(paid.orderId());
            return;
        }
        orderConversations.allowContact(paid.orderId(), Objects.requireNonNull(paid.listingId()),
                Objects.requireNonNull(paid.listingTitle()), Objects.requireNonNull(paid.buyerId()),
                Objects.requireNonNull(paid.sellerId()));
    }
}
