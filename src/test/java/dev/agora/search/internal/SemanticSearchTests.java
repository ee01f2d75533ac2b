package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PriceUnit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@IntegrationTest
class SemanticSearchTests {

    static final String BEACH = "something to keep drinks cold at the beach";

    private static AccountId seller;
    private static ListingView cooler;

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired ListingSearch search;
    @Autowired SearchRequests requests;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void corpus() {
        if (seller != null) {
            return;
        }
        seller = ListingFixtures.newSeller(identity);
        // shares no word (nor stem) with BEACH: only meaning can connect them
        cooler = publish(item("Cooler box 24 litres with ice packs",
                "Insulated cool box, holds beverages chilled for a whole day. Two ice packs and a carrying strap."));
        publish(item("Electric guitar Squier Stratocaster", "Sunburst finish, new strings, small amp included."));
        publish(item("Wool winter coat, size M", "Warm dark blue coat, worn two seasons, dry cleaned."));
        publish(ListingFixtures.bike("Steel road bike Peugeot"));
        publish(ListingFixtures.tent("Dome tent for two"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectorsOfSeller() == 5);
    }

    @Test
    void aNeedInOtherWordsFindsTheCoolerBox() {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> top3(BEACH, true).contains(cooler.id().value()));
        assertThat(top3(BEACH, true).getFirst()).isEqualTo(cooler.id().value());
        // issue 12: weak neighbours (from fusion-min-similarity 0.1) join the relevance ranking below the close ones
        assertThat(search.search(query(BEACH), true).total()).isBetween(1L, 5L);
    }

    @Test
    void switchedOffSearchIsKeywordsOnly() {
        assertThat(search.search(query(BEACH), false).listingIds()).isEmpty();
        assertThat(top3("cooler", false)).containsExactly(cooler.id().value());
    }

    @Test
    void keywordMatchesStayOnTopWhenMeaningJoins() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !top3("guitar", true).isEmpty());
        List<UUID> guitar = top3("guitar", true);
        assertThat(titles(guitar).getFirst()).isEqualTo("Electric guitar Squier Stratocaster");
        assertThat(titles(top3("road bike", true)).getFirst()).isEqualTo("Steel road bike Peugeot");
    }

    @Test
    void theNearestNeighbourOfAListingIsItselfThenOthers() {
        record Stored(UUID id, float[] vector) {}
        Stored tent = jdbc.sql("SELECT id, embedding FROM search_listings WHERE seller_id = :seller AND title = :title")
                .param("seller", seller.value()).param("title", "Dome tent for two")
                .query((rs, i) -> new Stored(rs.getObject(1, UUID.class), Vectors.fromBytes(rs.getBytes(2)))).single();
        assertThat(tent.vector()).hasSize(SentenceEmbeddings.DIMENSION);
        assertThat(search.neighbours(tent.vector(), List.of(), null, 1)).containsExactly(tent.id());
        assertThat(search.neighbours(tent.vector(), List.of(tent.id()), null, 5)).hasSize(5).doesNotContain(tent.id());
    }

    private List<UUID> top3(String text, boolean semantic) {
        return search.search(query(text), semantic).listingIds().stream().limit(3).toList();
    }

    private List<String> titles(List<UUID> ids) {
        return search.titles(ids);
    }

    private SearchQuery query(String text) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", text);
        params.add("seller", seller.toString());
        return requests.parse(params);
    }

    private long vectorsOfSeller() {
        return jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE seller_id = :seller AND embedding IS NOT NULL")
                .param("seller", seller.value()).query(Long.class).single();
    }

    private ListingView publish(ListingDraft draft) {
        return listings.publish(seller, listings.create(seller, draft).id());
    }

    private static ListingDraft item(String title, String description) {
        return new ListingDraft("sports-outdoors", ListingType.ITEM, title, description, "25", "EUR", PriceUnit.FIXED,
                ItemCondition.GOOD, "Berlin", "10115", null, null, false, true, false, null, 1, null, null, null,
                null, Map.of(), List.of());
    }
}
