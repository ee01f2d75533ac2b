package dev.agora.listings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.PostgresTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.internal.TestImages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The listings schema and queries on PostgreSQL (the H2 runs are everywhere else). */
@PostgresTest
class ListingsOnPostgresTests {

    @Autowired ListingManagement listings;
    @Autowired CategoryManagement categories;
    @Autowired IdentityManagement identity;

    @Test
    void listingRoundTripWithAttributesDatesPhotosAndQueries() throws Exception {
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView draft = listings.create(seller, ListingFixtures.tent("Postgres family tent"));
        listings.addPhoto(seller, draft.id(), TestImages.png(400, 300));
        ListingView published = listings.publish(seller, draft.id());

        ListingView read = listings.findVisible(published.id()).orElseThrow();
        assertThat(read.attributes()).containsEntry("waterproof", true);
        assertThat(read.blockedDates()).containsExactly(LocalDate.of(2026, 12, 24));
        assertThat(read.photos()).hasSize(1);
        assertThat(read.deposit().minorUnits()).isEqualTo(10_000);
        assertThat(listings.publishedInCategory(categories.findCategory("rentals").orElseThrow().id(), 0, 500))
                .extracting(ListingView::id).contains(published.id());
        assertThat(listings.sitemapPage(0, 50_000)).extracting(ListingManagement.SitemapEntry::path)
                .contains(published.path());
        ListingView edited = listings.changePrice(seller, published.id(), "14.00");
        assertThat(edited.price().minorUnits()).isEqualTo(1400);
    }
}
