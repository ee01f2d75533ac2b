package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class FavouritesTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;

    @Test
    void membersKeepFavouritesOnceAndTheListingShowsTheCount() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Brompton folding bike")).id());
        String auth = ApiClient.bearer(api.newToken("read-write"));
        String path = "/api/v1/me/favourites/" + bike.id();

        assertThat(api.send(api.request(path).header("Authorization", auth).PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(api.send(api.request(path).header("Authorization", auth).PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/me/favourites", "Authorization", auth).body()).contains("Brompton folding bike");
        assertThat(api.get("/favourites/" + bike.id() + "/heart").body()).contains("1 favourite");

        assertThat(api.delete(path, "Authorization", auth).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/me/favourites", "Authorization", auth).body()).doesNotContain("Brompton");
        assertThat(api.send(api.request("/api/v1/me/favourites/not-a-listing").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/favourites").statusCode()).isEqualTo(401);
    }
}
