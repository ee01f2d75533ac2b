package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Start-up after an upgrade that added language detection: search copies without a language are refreshed once. */
@IntegrationTest
class SearchIndexUpgradeTests {

    @Autowired SearchIndexAdmin admin;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void documentsWithoutALanguageAreRefreshedBySyncAloneWithoutASecondMassIndex() {
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Upgrade tandem bike")).id());
        ApiClient api = new ApiClient(port);
        String mine = "/api/v1/search?seller=" + seller + "&q=tandem";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get(mine).body().contains(bike.id().toString()));

        // as the documents were before language detection
        jdbc.sql("UPDATE search_listings SET language = NULL").update();
        SearchIndexAdmin.Progress before = admin.progress();
        admin.backfillWhenEmpty();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
                .sql("SELECT COUNT(*) FROM search_listings WHERE language IS NULL").query(Long.class).single() == 0);
        assertThat(api.get(mine).body()).contains(bike.id().toString());
        assertThat(admin.progress()).as("no mass index after the sync").isEqualTo(before);
    }
}
