package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Issue 12: honest "no close match", the explain view's figures, and the search log. */
@IntegrationTest
class SearchRankingTests {

    private static AccountId seller;
    private static ListingView cooler;

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired SearchService search;
    @Autowired SearchExplain explain;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void corpus() {
        if (seller != null) {
            return;
        }
        seller = ListingFixtures.newSeller(identity);
        cooler = publish(SemanticSearchTestsCorpus.cooler());
        publish(SemanticSearchTestsCorpus.guitar());
        publish(SemanticSearchTestsCorpus.item("Oak dining table for six", "Solid oak, extendable, some marks on the top."));
        publish(SemanticSearchTestsCorpus.item("Kayak paddle, carbon", "Two-piece touring paddle, 220 cm, light."));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectorsOfSeller() == 4);
    }

    @Test
    void aQueryNothingIsCloseToShowsNoCloseMatchInsteadOfLookAlikes() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> explain.explain(params("guitar"), 5).semantic());
        SearchService.Results results = search.results(params("aquarium"), Locale.ENGLISH);
        assertThat(results.noCloseMatch()).isTrue();
        assertThat(results.listings()).isEmpty();
        assertThat(results.relatedCategories()).isNotEmpty();
        assertThat(search.search(params("aquarium"), Locale.ENGLISH).noCloseMatch()).isTrue();
    }

    @Test
    void realAnswersAreNotHidden() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> explain.explain(params("guitar"), 5).semantic());
        SearchService.Results guitar = search.results(params("guitar"), Locale.ENGLISH);
        assertThat(guitar.noCloseMatch()).isFalse();
        assertThat(guitar.listings()).isNotEmpty();
        // no shared word, a need in a sentence: found by meaning, never flagged
        SearchService.Results beach = search.results(params(SemanticSearchTests.BEACH), Locale.ENGLISH);
        assertThat(beach.noCloseMatch()).isFalse();
        assertThat(beach.listings()).extracting(ListingView::id).contains(cooler.id());
    }

    @Test
    void explainShowsBothRankingsAndTheFusion() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> explain.explain(params("guitar"), 5).semantic());
        SearchExplain.Explanation explained = explain.explain(params("guitar"), 5);
        SearchExplain.Line first = explained.lines().getFirst();
        assertThat(first.title()).isEqualTo("Electric guitar Squier Stratocaster");
        assertThat(first.keywordRank()).isEqualTo(1);
        assertThat(first.keywordScore()).isPositive();
        assertThat(first.similarity()).isGreaterThan(0.3);
        assertThat(first.fused()).isEqualTo(first.keywordPart() + first.vectorPart());
        assertThat(first.boosts()).anyMatch(b -> b.startsWith("fresh week"));
        assertThat(explained.route()).isEqualTo("KEYWORDS");
    }

    @Test
    void searchesAndOpenedResultsAreLogged() {
        String words = "guitar " + UUID.randomUUID().toString().substring(0, 8);
        SearchService.Results results = search.results(params(words), Locale.ENGLISH, seller.value());
        UUID id = UUID.fromString(results.searchId());
        // written behind the response (SearchLogWriter)
        var row = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT query_text, filters, result_count, member_id FROM search_log WHERE id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4)})
                .optional(), java.util.Optional::isPresent).orElseThrow();
        assertThat(row[0]).isEqualTo(words);
        assertThat((String) row[1]).isEqualTo("seller=" + seller.value());
        assertThat(row[3]).as("member ids are off by default").isNull();

        assertThat(search.clicked(id, cooler.id().value(), 2)).isTrue();
        assertThat(search.clicked(id, cooler.id().value(), 2)).as("a repeated beacon changes nothing").isFalse();
        assertThat(search.clicked(UUID.randomUUID(), cooler.id().value(), 1)).as("unknown search").isFalse();
        assertThat(jdbc.sql("SELECT position FROM search_clicks WHERE search_id = ?").param(id).query(Integer.class).list())
                .containsExactly(2);
    }

    @Test
    void aClickRightAfterTheSearchFindsItsSearch() {
        SearchService.Results results = search.results(params("guitar " + UUID.randomUUID().toString().substring(0, 8)),
                Locale.ENGLISH, seller.value());
        assertThat(search.clicked(UUID.fromString(results.searchId()), cooler.id().value(), 1))
                .as("the queued log entry is written before the click").isTrue();
    }

    @Test
    void laterPagesAndEmptyQueriesAreNotLogged() {
        MultiValueMap<String, String> browse = new LinkedMultiValueMap<>();
        browse.add("seller", seller.toString());
        assertThat(search.results(browse, Locale.ENGLISH).searchId()).isNull();
    }

    private MultiValueMap<String, String> params(String text) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", text);
        params.add("seller", seller.toString());
        return params;
    }

    private long vectorsOfSeller() {
        return jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE seller_id = :seller AND embedding IS NOT NULL")
                .param("seller", seller.value()).query(Long.class).single();
    }

    private ListingView publish(dev.agora.listings.ListingDraft draft) {
        return listings.publish(seller, listings.create(seller, draft).id());
    }
}
