package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Without facets the total is counted up to a threshold; pages still reach every match past it. */
@IntegrationTest
class TopHitsTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired ListingSearch search;
    @Autowired SearchRequests requests;
    @Autowired EntityManager entityManager;
    @Autowired SearchPredicates predicates;
    @Autowired FacetCounts facets;
    @Autowired SentenceEmbeddings embeddings;
    @Autowired SearchSettings settings;
    @Autowired SearchPhases phases;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    /** Every query is of this seller's listings: neighbours in meaning then come from them, not from other tests'. */
    private AccountId seller;

    @Test
    void pastTheThresholdTheTotalIsALowerBoundAndPagesStillReachEveryMatch() {
        String word = "zk" + UUID.randomUUID().toString().substring(0, 6); // only these listings carry it
        seller = ListingFixtures.newSeller(identity);
        Set<UUID> published = new LinkedHashSet<>();
        for (int i = 0; i < 7; i++) {
            var created = listings.create(seller, ListingFixtures.bike("Road bike " + word + " number " + i));
            published.add(listings.publish(seller, created.id()).id().value());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> search.search(query(word, null, 2, 100), false).listingIds().size() == 7);
        SearchOutcome exact = search.search(query(word, null, 2, 100).counting(true, 2), false);
        assertThat(exact.total()).isEqualTo(7);
        assertThat(exact.totalExact()).isTrue();
        assertThat(exact.facets()).containsKey("condition");

        // a rescore window of three: Lucene's top hits are three, so past a threshold of two it may skip the rest
        ListingSearch small = withWindow(3);
        SearchOutcome first = transactions.execute(s -> small.search(query(word, null, 2, 2), false));
        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isBetween(3L, 7L);
        assertThat(first.facets()).isEmpty();
        assertThat(pages(small, word, first, false)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
        // as served (listings near in meaning may join the words' matches): every page, each listing once, once the
        // seven have their vectors (computed after publishing) and the index answers the same twice in a row
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM search_listings WHERE seller_id = :seller AND embedding IS NOT NULL")
                .param("seller", seller.value()).query(Long.class).single() == 7);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> search.search(query(word, null, 100, 100), true)
                .listingIds().equals(search.search(query(word, null, 100, 100), true).listingIds()));
        SearchOutcome served = search.search(query(word, null, 2, 2), true);
        assertThat(pages(search, word, served, true)).doesNotHaveDuplicates().containsAll(published);
    }

    /** The ids of this first page and every page after it, following the next offsets two at a time. */
    private List<UUID> pages(ListingSearch searching, String word, SearchOutcome first, boolean semantic) {
        List<UUID> seen = new ArrayList<>(first.listingIds());
        Integer next = first.nextOffset();
        while (next != null) {
            int offset = next;
            SearchOutcome page = transactions.execute(s -> searching.search(query(word, offset, 2, 2), semantic));
            assertThat(page.total()).isGreaterThanOrEqualTo(offset + page.listingIds().size());
            seen.addAll(page.listingIds());
            next = page.nextOffset();
        }
        return seen;
    }

    /** The search as served but with another rescore window (and so another number of top hits). */
    private ListingSearch withWindow(int window) {
        TopHitsSettings topHits = new TopHitsSettings(1000, window);
        RescoredHits rescored = new RescoredHits(entityManager, facets, topHits, clock);
        return new ListingSearch(entityManager, predicates, facets, embeddings, settings,
                new HybridRanking(entityManager, predicates, settings, phases, facets, rescored, topHits), phases,
                rescored);
    }

    /** The words on the given page (offset, limit) without facets, counting exactly up to {@code threshold}. */
    private SearchQuery query(String word, Integer offset, int threshold, int limit) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", word);
        params.add("seller", seller.toString());
        params.add("limit", String.valueOf(limit));
        if (offset != null) {
            params.add("cursor", dev.agora.kernel.pagination.Cursor.of(offset).encode());
        }
        SearchQuery query = requests.parse(params);
        return query.counting(false, threshold);
    }
}
