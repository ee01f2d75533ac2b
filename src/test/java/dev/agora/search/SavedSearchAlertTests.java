package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SavedSearchAlertTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aSavedSearchAlertsExactlyOncePerMatchingListing() {
        ApiClient api = new ApiClient(port);
        String auth = ApiClient.bearer(api.newToken("read-write"));
        var created = api.postJson("/api/v1/me/saved-searches",
                Map.of("name", "Tandems in Berlin", "query", "q=tandem&category=bikes&city=Berlin&radius=30"),
                "Authorization", auth);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String savedId = ApiClient.body(created).get("id").asString();

        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView tandem = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Tandem for two riders")).id());
        listings.publish(seller, listings.create(seller, ListingFixtures.bike("Racing bike Bianchi")).id());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> alerts(savedId) == 1);

        listings.pause(seller, tandem.id());
        ListingView resumed = listings.resume(seller, tandem.id()); // published again: no second alert
        ListingView another = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Old tandem, needs love")).id());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> alerts(savedId) == 2);
        assertThat(resumed.isPublished()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_saved_search_alert WHERE saved_search_id = ? AND listing_id = ?")
                .params(java.util.UUID.fromString(savedId), another.id().value()).query(Long.class).single()).isEqualTo(1);
        // the owner is told once per matching listing through the notifications module (category SEARCHES)
        java.util.UUID owner = jdbc.sql("SELECT account_id FROM search_saved_search WHERE id = ?")
                .param(java.util.UUID.fromString(savedId)).query(java.util.UUID.class).single();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notifications_items WHERE recipient_id = ? AND text LIKE '%Tandems in Berlin%'")
                .param(owner).query(Long.class).single() == 2);
    }

    @Test
    void savedSearchesAreCheckedLikeSearches() {
        ApiClient api = new ApiClient(port);
        String auth = ApiClient.bearer(api.newToken("read-write"));
        assertThat(api.postJson("/api/v1/me/saved-searches", Map.of("name", "Bad", "query", "radius=1000000000&near=1,1"),
                "Authorization", auth).statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/me/saved-searches", Map.of("name", "", "query", "q=bike"),
                "Authorization", auth).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/me/saved-searches", "Authorization", auth).body()).isEqualTo("[]");
    }

    private long alerts(String savedId) {
        return jdbc.sql("SELECT COUNT(*) FROM search_saved_search_alert WHERE saved_search_id = ?")
                .param(java.util.UUID.fromString(savedId)).query(Long.class).single();
    }
}
