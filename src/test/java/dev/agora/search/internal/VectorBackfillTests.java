package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 12: the vector backfill embeds documents without a vector in batches, keeps its cursor and counts in the
 * database so a new instance (a restart) carries on where the last one stopped, shows its progress as gauges, and
 * keyword search finds the documents all along.
 */
@IntegrationTest
class VectorBackfillTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;
    @Autowired ListingVectors vectors;
    @Autowired SearchSettings settings;
    @Autowired Clock clock;
    @Autowired VectorBackfill backfill;
    @Autowired MeterRegistry meters;
    @Autowired ListingSearch search;
    @Autowired SearchRequests requests;
    @Autowired SentenceEmbeddings embeddings;
    @Autowired SearchListingRepository documents;

    @Test
    void resumesFromItsCursorAfterARestartAndReportsProgress() {
        AccountId seller = ListingFixtures.newSeller(identity);
        publish(seller, "Backfill lantern brass");
        publish(seller, "Backfill lantern copper");
        publish(seller, "Backfill lantern steel");
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectors(seller) == 3);
        jdbc.sql("UPDATE search_listings SET embedding = NULL, embedding_key = NULL WHERE seller_id = :seller")
                .param("seller", seller.value()).update();

        assertThat(backfill.start()).isGreaterThanOrEqualTo(3);
        VectorBackfill.Progress started = backfill.progress().orElseThrow();
        assertThat(started.running()).isTrue();
        assertThat(started.done() + started.skipped()).isZero();

        backfill.runSlice(Duration.ZERO, 1); // one batch of one document, then the budget is spent
        VectorBackfill.Progress afterOne = backfill.progress().orElseThrow();
        assertThat(afterOne.done() + afterOne.skipped()).isEqualTo(1);
        assertThat(gauge("agora.search.vectors.backfill.done")).isEqualTo(afterOne.done());
        assertThat(gauge("agora.search.vectors.backfill.remaining")).isEqualTo(afterOne.total() - 1);
        assertThat(jdbc.sql("SELECT after_id FROM search_vector_backfill WHERE id = 'embeddings'").query(UUID.class).single())
                .isNotNull(); // the cursor a restart resumes from

        // a restart: a new instance knows nothing but what the database holds, and carries on after the cursor
        VectorBackfill restarted = new VectorBackfill(jdbc, vectors, settings, clock, new SimpleMeterRegistry());
        assertThat(restarted.progress().orElseThrow().done()).isEqualTo(afterOne.done());
        restarted.runSlice(Duration.ofMinutes(2), 2);

        VectorBackfill.Progress finished = restarted.progress().orElseThrow();
        assertThat(finished.running()).isFalse();
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(finished.percent()).isEqualTo(100);
        // at most the total: a document embedded meanwhile by the listener is never taken
        assertThat(finished.done() + finished.skipped()).isBetween(3L, finished.total());
        assertThat(vectors(seller)).isEqualTo(3);
        assertThat(gauge("agora.search.vectors.backfill.remaining")).isZero();
    }

    @Test
    void keywordSearchFindsDocumentsWithoutAVector() {
        AccountId seller = ListingFixtures.newSeller(identity);
        UUID id = publish(seller, "Backfill quillwort aquarium plant");
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectors(seller) == 1);
        jdbc.sql("UPDATE search_listings SET embedding = NULL, embedding_key = NULL WHERE id = :id").param("id", id).update();
        var params = new LinkedMultiValueMap<String, String>();
        params.add("q", "quillwort");
        assertThat(search.search(requests.parse(params), true).listingIds()).contains(id);
    }

    @Test
    void startingWithNothingMissingIsANoOpAndARunningJobIsLeftAlone() {
        jdbc.sql("DELETE FROM search_vector_backfill").update();
        if (jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE embedding IS NULL").query(Long.class).single() == 0) {
            assertThat(backfill.start()).isZero();
            assertThat(backfill.progress()).isEmpty();
        }
        AccountId seller = ListingFixtures.newSeller(identity);
        publish(seller, "Backfill barometer");
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectors(seller) == 1);
        jdbc.sql("UPDATE search_listings SET embedding = NULL, embedding_key = NULL WHERE seller_id = :seller")
                .param("seller", seller.value()).update();
        long total = backfill.start();
        assertThat(total).isPositive();
        backfill.runSlice(Duration.ZERO, 1);
        long done = backfill.progress().orElseThrow().done() + backfill.progress().orElseThrow().skipped();
        assertThat(backfill.start()).isEqualTo(total); // running: not restarted from the first document
        assertThat(backfill.progress().orElseThrow().done() + backfill.progress().orElseThrow().skipped()).isEqualTo(done);
        backfill.runSlice(Duration.ofMinutes(2), 50);
        assertThat(vectors(seller)).isEqualTo(1);
    }

    /** Relevance helper: vectors are tagged with their model; another model's are dropped and re-embedded. */
    @Test
    void vectorsOfAnotherModelAreDroppedAndReEmbeddedWithTheServedOne() {
        AccountId seller = ListingFixtures.newSeller(identity);
        publish(seller, "Backfill sextant brass");
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectors(seller) == 1);
        String served = embeddings.model().id();
        assertThat(models(seller)).isEqualTo(served);
        jdbc.sql("UPDATE search_listings SET embedding_model = 'some-older-model' WHERE seller_id = :seller")
                .param("seller", seller.value()).update();

        assertThat(documents.forgetVectorsNotFrom(served)).isGreaterThanOrEqualTo(1);
        assertThat(vectors(seller)).isZero();
        backfill.start();
        backfill.runSlice(Duration.ofMinutes(2), 50);

        assertThat(vectors(seller)).isEqualTo(1);
        assertThat(models(seller)).isEqualTo(served);
    }

    private String models(AccountId seller) {
        return jdbc.sql("SELECT DISTINCT embedding_model FROM search_listings WHERE seller_id = :seller")
                .param("seller", seller.value()).query(String.class).single();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private long vectors(AccountId seller) {
        return jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE seller_id = :seller AND embedding IS NOT NULL")
                .param("seller", seller.value()).query(Long.class).single();
    }

    private UUID publish(AccountId seller, String title) {
        return listings.publish(seller, listings.create(seller, ListingFixtures.tent(title)).id()).id().value();
    }
}
