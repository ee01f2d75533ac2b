package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewManagement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo marketplace a history, so a first visit shows what the platform does after a sale: the demo buyer
 * bought one item from the demo seller, it was handed over and both reviewed each other (the seller has money in the
 * balance, the profiles have reviews), and bought a second one that is paid and waiting for the handoff (an order
 * with actions to take, and a conversation about where to meet). Runs through the real orders and reviews modules with the sandbox card, once: nothing is
 * seeded while the buyer has any purchase.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.deals", havingValue = "true")
class DemoDeals {

    static final String BUYER = "bea-buyer";
    static final String SELLER = "sam-seller";
    private static final String SANDBOX_CARD = "4242 4242 4242 4242";
    private static final Logger log = LoggerFactory.getLogger(DemoDeals.class);

    private final IdentityManagement identity;
    private final ListingManagement listings;
    private final OrderManagement orders;
    private final ReviewManagement reviews;
    private final MessagingManagement messaging;

    DemoDeals(IdentityManagement identity, ListingManagement listings, OrderManagement orders, ReviewManagement reviews,
            MessagingManagement messaging) {
        this.messaging = messaging;
        this.identity = identity;
        this.listings = listings;
        this.orders = orders;
        this.reviews = reviews;
    }

    /** After the demo accounts and listings (their own ready listeners come first). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void onReady() {
        Optional<AccountId> buyer = identity.findProfile(BUYER).map(PublicProfile::id);
        Optional<AccountId> seller = identity.findProfile(SELLER).map(PublicProfile::id);
        if (buyer.isPresent() && seller.isPresent()) {
            seed(buyer.get(), seller.get());
        }
    }

    /** Seeds the two orders unless the buyer has bought anything already; returns how many it placed. */
    int seed(AccountId buyer, AccountId seller) {
        if (!orders.purchasesOf(buyer).isEmpty()) {
            return 0;
        }
        List<ListingView> items = listings.listingsOf(seller, ListingStatus.PUBLISHED).stream()
                .filter(listing -> listing.type() == ListingType.ITEM && listing.stock() > 0).limit(2).toList();
        if (items.size() < 2) {
            return 0;
        }
        OrderView completed = orders.place(buyer, new PlaceOrder(items.get(0).id(), 1, null, SANDBOX_CARD));
        orders.transition(seller, false, completed.id(), "hand-over");
        orders.transition(buyer, false, completed.id(), "confirm-delivery");
        orders.transition(buyer, false, completed.id(), "complete");
        reviews.submit(buyer, completed.id(), new ReviewDraft(5,
                "Exactly as described, and the handover was quick and friendly.", 5, 5, 5));
        reviews.submit(seller, completed.id(), new ReviewDraft(5, "On time and paid at once. Welcome back!", null, 5, 5));
        OrderView waiting = orders.place(buyer, new PlaceOrder(items.get(1).id(), 1, null, SANDBOX_CARD));
        ConversationId chat = messaging.forOrder(buyer, waiting.id()).id();
        messaging.send(buyer, chat, "Hi! Could we meet on Saturday morning? I can come to you.");
        messaging.send(seller, chat, "Saturday at 10 works. I'll bring the box and the receipt.");
        log.info("Seeded two demo orders: one completed and reviewed, one waiting for the handoff");
        return 2;
    }
}
