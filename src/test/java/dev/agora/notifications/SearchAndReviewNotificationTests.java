package dev.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.notifications.internal.NotificationCentre;
import dev.agora.orders.OrderManagement;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewFixtures;
import dev.agora.reviews.ReviewManagement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 8: saved-search alerts and published reviews reach the member in the notification centre. */
@IntegrationTest
class SearchAndReviewNotificationTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired ReviewManagement reviews;
    @Autowired NotificationCentre centre;

    @Test
    void aListingMatchingASavedSearchNotifiesItsOwner() {
        ApiClient api = new ApiClient(port);
        String auth = ApiClient.bearer(api.newToken("read-write"));
        String word = "zeppelin" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        var saved = api.postJson("/api/v1/me/saved-searches", Map.of("name", "My " + word, "query", "q=" + word),
                "Authorization", auth);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

        var seller = ListingFixtures.newSeller(identity);
        var listing = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Bike " + word)).id());

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ApiClient.body(api.get("/api/v1/me/notifications",
                "Authorization", auth)).get("items").toString().contains("New for your saved search"));
        var item = ApiClient.body(api.get("/api/v1/me/notifications", "Authorization", auth)).get("items").get(0);
        assertThat(item.get("category").asString()).isEqualTo("SEARCHES");
        assertThat(item.get("link").asString()).isEqualTo(listing.path());
        assertThat(ApiClient.body(api.get("/api/v1/me/notification-preferences", "Authorization", auth)).has("REVIEWS"))
                .as("the new categories have preferences").isTrue();
    }

    @Test
    void aPublishedReviewNotifiesTheReviewedMember() {
        var deal = ReviewFixtures.completedOrder(identity, listings, orders);
        reviews.submit(deal.buyer(), deal.order().id(), new ReviewDraft(4, "Nice bike", 4, 4, 4));
        reviews.submit(deal.seller(), deal.order().id(), new ReviewDraft(5, "Quick payment", null, 5, 5));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> centre.newest(deal.seller()).stream()
                .anyMatch(n -> n.category() == NotificationCategory.REVIEWS && n.text().contains("4 of 5 stars")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> centre.newest(deal.buyer()).stream()
                .anyMatch(n -> n.category() == NotificationCategory.REVIEWS && n.text().contains("5 of 5 stars")
                        && n.link().equals("/orders/" + deal.order().id())));
    }
}
