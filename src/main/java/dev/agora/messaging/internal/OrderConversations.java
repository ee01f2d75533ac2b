package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationNotFoundException;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageView;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Issue 8: one conversation per order between its buyer and seller, opened on first use or by the order's events,
 * and linked to the earlier conversation about the same listing (each shows the other for context).
 */
@Component
class OrderConversations {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ConversationAccess access;
    private final OrderManagement orders;
    private final ListingManagement listings;
    private final Clock clock;

    OrderConversations(ConversationStore conversations, MessageStore messages, ConversationAccess access,
            OrderManagement orders, ListingManagement listings, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.orders = orders;
        this.listings = listings;
        this.clock = clock;
    }

    /** The order's conversation for its buyer or seller (opened on first use); anyone else gets not found. */
    ConversationView forOrder(AccountId reader, OrderId orderId) {
        OrderView order;
        try {
            order = orders.get(orderId);
        } catch (OrderNotFoundException e) {
            throw new ConversationNotFoundException(orderId.toString());
        }
        if (!reader.equals(order.buyerId()) && !reader.equals(order.sellerId())) {
            throw new ConversationNotFoundException(orderId.toString());
        }
        return conversations.find(orderId, reader).orElseGet(() -> {
            open(order);
            return conversations.find(orderId, reader).orElseThrow();
        });
    }

    /** Opens the order's conversation unless it has one (idempotent, for the order's events). */
    void openForOrder(OrderId orderId) {
        if (!conversations.exists(orderId)) {
            open(orders.get(orderId));
        }
    }

    void allowContact(OrderId orderId) {
        openForOrder(orderId);
        conversations.allowContact(orderId);
    }

    /**
     * orders-events: opens the order's conversation from what its event carries (no read of the order); {@code paid}
     * as the event says. Idempotent like {@link #openForOrder(OrderId)}: the insert does nothing if it exists.
     */
    void openForOrder(OrderId orderId, ListingId listingId, String listingTitle, AccountId buyerId, AccountId sellerId,
            boolean paid) {
        if (!conversations.exists(orderId)) {
            insert(orderId, listingId, listingTitle, buyerId, sellerId, paid);
        }
    }

    /** orders-events: {@link #allowContact(OrderId)} from what the payment's event carries (no read of the order). */
    void allowContact(OrderId orderId, ListingId listingId, String listingTitle, AccountId buyerId, AccountId sellerId) {
        openForOrder(orderId, listingId, listingTitle, buyerId, sellerId, true);
        conversations.allowContact(orderId); // opened unpaid by the placement's event meanwhile, or long before
    }

    /** An order's conversation links the listing's; a listing's links those of the buyer's orders of it. */
    List<ConversationView> linked(AccountId reader, ConversationId id) {
        ConversationView conversation = access.participantOf(id, reader);
        return conversations.about(conversation.listingId(), conversation.buyerId(), reader).stream()
                .filter(other -> !other.id().equals(id))
                .filter(other -> conversation.aboutOrder() != other.aboutOrder())
                .toList();
    }

    /** A linked conversation's messages, oldest first, left unread (they are shown beside another conversation). */
    List<MessageView> transcript(AccountId reader, ConversationId id) {
        access.participantOf(id, reader);
        return messages.after(id, 0);
    }

    /** Paid once means contact details may pass, also if the order was refunded or cancelled later. */
    private void open(OrderView order) {
        boolean paid = order.timeline().stream().anyMatch(step -> step.to().equals("paid"));
        insert(order.id(), order.listingId(), order.listingTitle(), order.buyerId(), order.sellerId(), paid);
    }

    private void insert(OrderId orderId, ListingId listingId, String listingTitle, AccountId buyerId,
            AccountId sellerId, boolean paid) {
        String path = listings.find(listingId).map(ListingView::path).orElse("/l/" + listingId);
        conversations.insertForOrder(orderId, listingId, listingTitle, path, buyerId, sellerId, paid, clock.instant());
    }
}
