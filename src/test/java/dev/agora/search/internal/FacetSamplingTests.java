package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Search-facets helper (issue 5): facet counts over a sample, on a dedicated corpus (one seller's 32 bikes, 20 GOOD
 * and 12 FAIR) with thresholds set low through the constructors (the shared context keeps its defaults): sampled
 * counts are the sample's counts scaled back and marked approximate, exact counts stay exact below the threshold, and
 * a multi-select facet is still counted without its own selection.
 */
@IntegrationTest
class FacetSamplingTests {

    private static final int GOOD = 20;
    private static final int FAIR = 12;
    private static AccountId seller;
    private static final Map<UUID, String> conditions = new HashMap<>();

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired EntityManager entityManager;
    @Autowired SearchPredicates predicates;
    @Autowired SearchPhases phases;
    @Autowired SearchRequests requests;
    @Autowired FacetSampleIndex sampleIndex;
    @Autowired FacetCounts servedFacets;
    @Autowired ListingSearch served;
    @Autowired SentenceEmbeddings embeddings;
    @Autowired SearchSettings settings;
    @Autowired TransactionTemplate transactions;
    @Autowired TopHitsSettings topHits;
    @Autowired java.time.Clock clock;

    /** Sample above 4 matches, at least 8 in the sample: 32 matches are counted over half of them. */
    private final FacetSettings low = new FacetSettings(4, 8);

    @BeforeEach
    void corpus() {
        if (seller == null) {
            seller = dev.agora.listings.ListingFixtures.newSeller(identity);
            for (int i = 0; i < GOOD + FAIR; i++) {
                ItemCondition condition = i < GOOD ? ItemCondition.GOOD : ItemCondition.FAIR;
                conditions.put(publish("Sampled facet bike " + i, condition), condition.name());
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> served.search(query(), false).total()
                    == GOOD + FAIR);
        }
        assertThat(sampleIndex.check()).isZero(); // every document of this index carries the sample field
    }

    @Test
    void aLargeSetIsCountedOverTheSampleScaledBackAndMarkedApproximate() {
        FacetPass pass = new FacetPass(entityManager, low, sampleIndex);
        SearchQuery query = query();
        FacetPass.Counts counts = transactions.execute(s -> pass.count(f -> predicates.matching(f, query, null, null),
                List.of("condition"), GOOD + FAIR));

        assertThat(counts.level()).isEqualTo(FacetSample.levelFor(GOOD + FAIR, 8)).isEqualTo(2);
        Map<String, Long> inSample = new HashMap<>();
        conditions.forEach((id, condition) -> {
            if (FacetSample.bucket(id) < FacetSample.BUCKETS >> counts.level()) {
                inSample.merge(condition, 1L, Long::sum);
            }
        });
        Map<String, Long> expected = new HashMap<>();
        inSample.forEach((condition, n) -> expected.put(condition, FacetSample.scaled(n, counts.level())));
        if (inSample.values().stream().mapToLong(Long::longValue).sum() << counts.level() <= 4) {
            assertThat(counts.approximate()).isFalse(); // a sample this thin says the set is small: counted exactly
        } else {
            assertThat(counts.approximate()).isTrue();
            assertThat(counts.byField().get("condition")).isEqualTo(expected);
        }
    }

    @Test
    void belowTheThresholdCountsStayExact() {
        SearchOutcome outcome = served.search(query(), false); // the defaults: sampling from 10,000 matches
        assertThat(outcome.facetsApproximate()).isFalse();
        assertThat(outcome.facets().get("condition")).containsExactlyInAnyOrderEntriesOf(
                Map.of("GOOD", (long) GOOD, "FAIR", (long) FAIR));
    }

    @Test
    void aMultiSelectFacetIsCountedOverTheSetWithoutItsSelection() {
        FacetPass pass = new FacetPass(entityManager, low, sampleIndex);
        FacetCounts facets = new FacetCounts(predicates, phases, pass);
        RescoredHits rescored = new RescoredHits(entityManager, facets, topHits, clock);
        ListingSearch search = new ListingSearch(entityManager, predicates, facets, embeddings, settings,
                new HybridRanking(entityManager, predicates, settings, phases, facets, rescored, topHits), phases, rescored);
        var params = params();
        params.add("condition", "FAIR");
        SearchQuery fair = requests.parse(params);

        SearchOutcome outcome = transactions.execute(s -> search.search(fair, false));

        assertThat(outcome.total()).isEqualTo(FAIR); // the results are filtered
        SearchQuery all = query();
        FacetPass.Counts withoutSelection = transactions.execute(s -> pass.count(
                f -> predicates.matching(f, all, null, null), List.of("condition"), pass.estimate(f -> {
                    var filters = f.bool().must(f.matchAll());
                    predicates.filters(f, filters, all, null); // the seller: the filters without the selection
                    return filters;
                })));
        // the condition facet is that of every listing but the selection's (both conditions), sampled or not
        assertThat(outcome.facets().get("condition")).isEqualTo(withoutSelection.byField().get("condition"));
        // the other facets count the 12 results exactly (below twice the wanted sample): only this pass may be sampled
        assertThat(outcome.facets().get("type")).containsExactly(Map.entry("ITEM", (long) FAIR));
        assertThat(outcome.facetsApproximate()).isEqualTo(withoutSelection.approximate());
        if (!withoutSelection.approximate()) {
            assertThat(outcome.facets().get("condition")).containsEntry("GOOD", (long) GOOD).containsEntry("FAIR", (long) FAIR);
        }
    }

    private SearchQuery query() {
        return requests.parse(params());
    }

    private LinkedMultiValueMap<String, String> params() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("seller", seller.value().toString());
        params.add("facets", "true"); // search-topk: facets only when asked
        return params;
    }

    private UUID publish(String title, ItemCondition condition) {
        ListingDraft draft = new ListingDraft("bikes", ListingType.ITEM, title,
                "A well kept road bike, serviced last month, new tyres and chain. Pick up in Berlin.",
                "350.00", "EUR", PriceUnit.FIXED, condition, "Berlin", "10115", null, null, true, true,
                false, null, 1, null, null, null, null, Map.of("bikeType", "road", "frameSize", "56"), List.of());
        return listings.publish(seller, listings.create(seller, draft).id()).id().value();
    }
}
