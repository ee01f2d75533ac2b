package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two deliveries of a listing's events (a replay, a resubmission, a sync running beside a listener) may refresh
 * the same listing at once; when its search copy does not exist yet both would insert it.
 */
@IntegrationTest
class ListingIndexerConcurrencyTests {

    static final int REFRESHES = 8;

    @Autowired ListingIndexer indexer;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @Test
    void concurrentRefreshesOfAListingWithoutASearchCopyAllSucceedAndLeaveOneRow() throws Exception {
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Race-free bike")).id());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows(bike) == 1);

        ExecutorService pool = Executors.newFixedThreadPool(REFRESHES);
        try {
            for (int round = 0; round < 3; round++) {
                // as if the search copy had never been written: every refresh below starts by inserting it
                jdbc.sql("DELETE FROM search_listings WHERE id = ?").param(bike.id().value()).update();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> refreshes = new ArrayList<>();
                for (int i = 0; i < REFRESHES; i++) {
                    refreshes.add(pool.submit(() -> {
                        start.await();
                        return indexer.refresh(bike.id());
                    }));
                }
                start.countDown();
                for (Future<?> refresh : refreshes) {
                    assertThat(refresh.get(60, TimeUnit.SECONDS)).isNotNull();
                }
                assertThat(rows(bike)).isEqualTo(1);
                assertThat(jdbc.sql("SELECT title FROM search_listings WHERE id = ?").param(bike.id().value())
                        .query(String.class).single()).isEqualTo("Race-free bike");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long rows(ListingView listing) {
        return jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE id = ?").param(listing.id().value())
                .query(Long.class).single();
    }
}
