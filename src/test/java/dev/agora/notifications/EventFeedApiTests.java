package dev.agora.notifications;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EventFeedApiTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;

    @Test
    void operatorsFollowPublishedListingsInTheFeedAndMembersMayNot() {
        var api = new ApiClient(port);
        var seller = ListingFixtures.newSeller(identity);
        var listing = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Feed bike")).id());
        var token = api.postJson("/api/v1/auth/tokens", Map.of("email", "ops@agora.test", "password", "configured operator 2026",
                "scope", "read"));
        String operator = body(token).get("token").asString();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            String after = "0";
            for (int page = 0; page < 100; page++) {
                var feed = body(api.get("/api/v1/events?after=" + after + "&limit=500", "Authorization", bearer(operator)));
                if (feed.get("items").isEmpty()) {
                    return false;
                }
                for (var item : feed.get("items")) {
                    // entries about erased members keep only type and time, so listingId may be absent
                    var listingId = item.path("data").get("listingId");
                    if (item.get("type").asString().equals("listing.published") && listingId != null
                            && listingId.asString().equals(listing.id().toString())) {
                        return true;
                    }
                }
                after = feed.get("next").asString();
            }
            return false;
        });
        assertThat(api.get("/api/v1/events").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/events", "Authorization", bearer(api.newToken("read"))).statusCode()).isEqualTo(403);
    }
}
