package dev.agora.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo history: one completed and reviewed order, one waiting for the handoff, and never seeded twice. */
@IntegrationTest
class DemoDealsTests {

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired ReviewManagement reviews;
    @Autowired MessagingManagement messaging;
    @LocalServerPort int port;

    @Test
    void seedsACompletedReviewedOrderAndAPaidOneOnce() {
        // the demo members have confirmed addresses, which messaging asks for
        AccountId seller = ChatMembers.verified(identity, port, "Demo Seller").id();
        ChatMember demoBuyer = ChatMembers.verified(identity, port, "Demo Buyer");
        AccountId buyer = demoBuyer.id();
        for (String title : new String[] {"Road bike Canyon", "City bike Gazelle", "Kids bike Puky"}) {
            listings.publish(seller, listings.create(seller, ListingFixtures.bike(title)).id());
        }
        var deals = new DemoDeals(identity, listings, orders, reviews, messaging);

        assertThat(deals.seed(buyer, seller)).isEqualTo(2);

        assertThat(orders.purchasesOf(buyer)).extracting(OrderView::state)
                .containsExactlyInAnyOrder("completed", "paid");
        assertThat(orders.salesOf(seller)).hasSize(2);
        // both reviewed, so the double-blind reviews are public on both profiles
        assertThat(reviews.about(seller, 10)).singleElement().extracting(ReviewView::rating).isEqualTo(5);
        assertThat(reviews.about(buyer, 10)).hasSize(1);
        // the order waiting for the handoff has a conversation about where to meet
        OrderView paid = orders.purchasesOf(buyer).stream().filter(o -> o.state().equals("paid")).findFirst().orElseThrow();
        assertThat(messaging.transcript(seller, messaging.forOrder(seller, paid.id()).id())).hasSize(2);

        // the order page's timeline says what happened, in the past tense
        var web = ChatMembers.loggedIn(port, demoBuyer);
        OrderView completed = orders.purchasesOf(buyer).stream().filter(o -> o.state().equals("completed")).findFirst()
                .orElseThrow();
        assertThat(web.get("/orders/" + completed.id()).body()).contains("Handed over", "Receipt confirmed", "Completed")
                .doesNotContain("Mark as handed over");

        assertThat(deals.seed(buyer, seller)).as("a restart seeds nothing").isZero();
        assertThat(orders.purchasesOf(buyer)).hasSize(2);
    }

    @Test
    void aSellerWithoutTwoItemsGetsNoDemoOrders() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        listings.publish(seller, listings.create(seller, ListingFixtures.tent("Family tent")).id());

        assertThat(new DemoDeals(identity, listings, orders, reviews, messaging).seed(buyer, seller)).isZero();
        assertThat(orders.purchasesOf(buyer)).isEmpty();
    }
}
