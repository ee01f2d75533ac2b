package dev.agora.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * orders-events: {@code OrderPaid} now carries the listing and the parties, so the listener opens the conversation
 * without reading the order. A publication stored before that (those values null) must still open it, by reading
 * the order as before.
 */
@IntegrationTest
class OrderPaidContactTests {

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired MessagingManagement messaging;
    @Autowired OrderPaidContact listener;
    @Autowired JdbcClient jdbc;

    @Test
    void anOldOrderPaidWithoutTheListingAndPartiesStillOpensTheConversationWithContactAllowed() {
        AccountId seller = member("seller");
        AccountId buyer = member("buyer");
        ListingView listing = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Old event bike")).id());
        OrderView order = orders.place(buyer, new PlaceOrder(listing.id(), 1, null, "4242 4242 4242 4242"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> conversation(buyer, order).filter(
                ConversationView::contactAllowed).isPresent()); // the order's own events, which carry the values
        jdbc.sql("DELETE FROM messaging_conversations WHERE order_id = ?").param(order.id().value()).update();

        // the bean is the listener's proxy: the call runs asynchronously in its own transaction, as a delivery does
        listener.on(new OrderPaid(order.id(), order.quote().buyerTotal(), Instant.now(), null, null, null, null, null));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> conversation(buyer, order).isPresent());
        assertThat(conversation(buyer, order)).hasValueSatisfying(c -> {
            assertThat(c.contactAllowed()).isTrue();
            assertThat(c.listingTitle()).isEqualTo(order.listingTitle());
            assertThat(c.listingId()).isEqualTo(listing.id());
        });
    }

    private Optional<ConversationView> conversation(AccountId buyer, OrderView order) {
        return messaging.inbox(buyer).stream().filter(c -> order.id().equals(c.orderId())).findFirst();
    }

    private AccountId member(String kind) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return identity.register(new SignUp(kind + "-" + id + "@old-event.example.org",
                "old event password " + id + " long", "Old event " + kind));
    }
}
