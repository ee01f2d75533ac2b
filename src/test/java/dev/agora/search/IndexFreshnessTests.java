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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class IndexFreshnessTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;

    @Test
    void aChangedListingIsFoundByItsNewWordsWithinTwoSecondsAndAClosedOneDisappears() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Gravel bike Canyon")).id());
        String mine = "/api/v1/search?seller=" + seller + "&q=";
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.get(mine + "gravel").body().contains(bike.id().toString()));

        listings.update(seller, bike.id(), null, ListingFixtures.bike("Touring bike Canyon"));
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get(mine + "touring").body().contains(bike.id().toString()));
        assertThat(api.get(mine + "gravel").body()).doesNotContain(bike.id().toString());

        listings.close(seller, bike.id());
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> !api.get(mine + "touring").body().contains(bike.id().toString()));
    }
}
