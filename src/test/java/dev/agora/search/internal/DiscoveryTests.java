package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DiscoveryTests {

    @Autowired Discovery discovery;
    @Autowired RecentlyViewed recentlyViewed;
    @Autowired Favourites favourites;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @Test
    void recentlyViewedKeepsTheLastLooksNewestFirstOnce() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView a = publish(seller, ListingFixtures.bike("Gazelle city bike"));
        ListingView b = publish(seller, ListingFixtures.tent("Tunnel tent for three"));
        discovery.viewed(buyer, a.id());
        discovery.viewed(buyer, b.id());
        discovery.viewed(buyer, a.id());
        assertThat(discovery.recentlyViewed(buyer, 8)).extracting(ListingView::title)
                .containsExactly("Gazelle city bike", "Tunnel tent for three");
    }

    @Test
    void recentlyViewedForgetsBeyondItsLimit() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView bike = publish(seller, ListingFixtures.bike("Old favourite"));
        discovery.viewed(buyer, bike.id());
        for (int i = 0; i < RecentlyViewed.KEPT; i++) {
            recentlyViewed.record(buyer, new ListingId(java.util.UUID.randomUUID()));
        }
        assertThat(recentlyViewed.of(buyer, 100)).hasSize(RecentlyViewed.KEPT).doesNotContain(bike.id());
    }

    @Test
    void moreLikeThisAndForYouOfferNeighboursButNothingSeenOrOwn() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView tent = publish(seller, ListingFixtures.tent("Trekking tent ultralight"));
        ListingView otherTent = publish(seller, ListingFixtures.tent("Beach tent with sun shade"));
        ListingView ownBike = publish(buyer, ListingFixtures.bike("My own gravel bike"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> vectors(tent, otherTent, ownBike) == 3);

        // the vectors are in the table; the index picks them up through the outbox a moment later
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(discovery.moreLikeThis(tent.id(), 8))
                .extracting(ListingView::id).doesNotContain(tent.id()).contains(otherTent.id()));

        favourites.add(buyer, tent.id());
        discovery.viewed(buyer, ownBike.id());
        List<ListingView> forYou = discovery.forYou(buyer, 8);
        assertThat(forYou).hasSize(8);
        assertThat(forYou).extracting(ListingView::id).doesNotContain(tent.id(), ownBike.id());
        assertThat(forYou).extracting(ListingView::sellerId).doesNotContain(buyer);
        assertThat(discovery.forYou(ListingFixtures.newSeller(identity), 8)).isEmpty(); // no taste yet
    }

    private long vectors(ListingView... views) {
        return jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE embedding IS NOT NULL AND id IN (:ids)")
                .param("ids", java.util.Arrays.stream(views).map(v -> v.id().value()).toList()).query(Long.class).single();
    }

    private ListingView publish(AccountId seller, dev.agora.listings.ListingDraft draft) {
        return listings.publish(seller, listings.create(seller, draft).id());
    }
}
