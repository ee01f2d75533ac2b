package dev.agora.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewView;
import java.util.UUID;
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
    @LocalServerPort int port;

    @Test
    void seedsACompletedReviewedOrderAndAPaidOneOnce() {
        AccountId seller = ListingFixtures.newSeller(identity);
        String buyerEmail = "demo-buyer-" + UUID.randomUUID() + "@example.org";
        AccountId buyer = identity.register(new SignUp(buyerEmail, ApiClient.PASSWORD, "Demo Buyer"));
        for (String title : new String[] {"Road bike Canyon", "City bike Gazelle", "Kids bike Puky"}) {
            listings.publish(seller, listings.create(seller, ListingFixtures.bike(title)).id());
        }
        var deals = new DemoDeals(identity, listings, orders, reviews);

        assertThat(deals.seed(buyer, seller)).isEqualTo(2);

        assertThat(orders.purchasesOf(buyer)).extracting(OrderView::state)
                .containsExactlyInAnyOrder("completed", "paid");
        assertThat(orders.salesOf(seller)).hasSize(2);
        // both reviewed, so the double-blind reviews are public on both profiles
        assertThat(reviews.about(seller, 10)).singleElement().extracting(ReviewView::rating).isEqualTo(5);
        assertThat(reviews.about(buyer, 10)).hasSize(1);

        // the order page's timeline says what happened, in the past tense
        var web = new WebClient(port);
        web.logIn(buyerEmail, ApiClient.PASSWORD);
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

        assertThat(new DemoDeals(identity, listings, orders, reviews).seed(buyer, seller)).isZero();
        assertThat(orders.purchasesOf(buyer)).isEmpty();
    }
}
