package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.PostgresTest;
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

/** The outbox tables (large-object payloads there) and the search copy on PostgreSQL. */
@PostgresTest
class SearchOnPostgresTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;

    @Test
    void publishedListingsAreFoundWithTyposAndFiltersOnPostgres() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Tunnel tent Vaude")).id());
        String mine = "/api/v1/search?seller=" + seller;
        // generous: the PostgreSQL context starts with a demo backfill competing for the event threads
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(mine + "&q=tunel+tnet").body().contains(tent.id().toString()));
        assertThat(api.get(mine + "&category=camping-gear&attr.persons=4&city=Munich&radius=10").body())
                .contains(tent.id().toString());
        assertThat(api.get(mine + "&from=2026-12-24&to=2026-12-24").body()).doesNotContain(tent.id().toString());
    }
}
