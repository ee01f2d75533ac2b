package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SynonymEditingTests {

    @Autowired Synonyms synonyms;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;

    @Test
    void anEditedSynonymGroupAppliesAtOnceWithoutReindexing() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Fixie single speed")).id());
        String mine = "/api/v1/search?seller=" + seller + "&q=";
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.get(mine + "fixie").body().contains(bike.id().toString()));
        assertThat(api.get(mine + "stahlross").body()).doesNotContain(bike.id().toString());

        List<List<String>> before = synonyms.groups();
        List<List<String>> edited = new ArrayList<>(before);
        edited.add(List.of("fixie", "stahlross"));
        try {
            synonyms.replace(edited);
            assertThat(api.get(mine + "stahlross").body()).contains(bike.id().toString());
        } finally {
            synonyms.replace(before);
        }
    }

    @Test
    void groupsThatAreNotWordListsAreRefusedAndChangeNothing() {
        List<List<String>> before = synonyms.groups();
        assertThatThrownBy(() -> synonyms.replace(List.of(List.of("only-one"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> synonyms.replace(List.of(List.of("a", "b OR c*"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(synonyms.groups()).containsExactlyInAnyOrderElementsOf(before);
    }
}
