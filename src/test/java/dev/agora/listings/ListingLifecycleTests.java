package dev.agora.listings;

import static dev.agora.listings.ListingFixtures.bike;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ListingLifecycleTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;

    AccountId seller;

    @BeforeEach
    void newSeller() {
        seller = ListingFixtures.newSeller(identity);
    }

    @Test
    void draftIsPublishedThenPausedResumedAndClosed() {
        ListingView draft = listings.create(seller, bike("Cube Attain road bike"));
        assertThat(draft.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(draft.location().latitude()).isEqualTo(52.52);

        assertThat(listings.publish(seller, draft.id()).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listings.pause(seller, draft.id()).status()).isEqualTo(ListingStatus.PAUSED);
        assertThat(listings.resume(seller, draft.id()).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listings.close(seller, draft.id()).status()).isEqualTo(ListingStatus.CLOSED);
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        ListingView draft = listings.create(seller, bike("Steel frame city bike"));
        assertThatThrownBy(() -> listings.pause(seller, draft.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> listings.resume(seller, draft.id())).isInstanceOf(InvalidInputException.class);
        listings.close(seller, draft.id());
        assertThatThrownBy(() -> listings.publish(seller, draft.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> listings.update(seller, draft.id(), null, bike("Renamed bike")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(listings.find(draft.id()).orElseThrow().title()).isEqualTo("Steel frame city bike");
    }

    @Test
    void anotherSellerCannotChangeTheListing() {
        ListingView draft = listings.create(seller, bike("Gravel bike Canyon"));
        AccountId other = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> listings.update(other, draft.id(), null, bike("Stolen")))
                .isInstanceOf(NotYourListingException.class);
        assertThatThrownBy(() -> listings.publish(other, draft.id())).isInstanceOf(NotYourListingException.class);
        assertThat(listings.find(draft.id()).orElseThrow().status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void thinDescriptionIsHeldForModerationWithReasonUntilApproved() {
        var thin = bike("Old bike").withPrice("20");
        thin = new ListingDraft(thin.categorySlug(), thin.type(), thin.title(), "Works.", thin.price(), thin.currency(),
                thin.priceUnit(), thin.condition(), thin.city(), thin.postalCode(), null, null, true, false, false,
                null, 1, null, null, null, null, thin.attributes(), thin.blockedDates());
        ListingView draft = listings.create(seller, thin);
        ListingView held = listings.publish(seller, draft.id());
        assertThat(held.status()).isEqualTo(ListingStatus.PENDING_APPROVAL);
        assertThat(held.holdReason()).contains("thin");
        assertThat(listings.findVisible(draft.id())).isEmpty();
        assertThat(listings.approve(draft.id()).status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void sameTitleTwiceBySameSellerIsHeld() {
        listings.publish(seller, listings.create(seller, bike("Brompton folding bike")).id());
        ListingView second = listings.publish(seller, listings.create(seller, bike("Brompton folding bike")).id());
        assertThat(second.status()).isEqualTo(ListingStatus.PENDING_APPROVAL);
        assertThat(second.holdReason()).contains("this title").doesNotContain("thin");
    }

    @Test
    void editingAPublishedListingKeepsItsPreviousVersionAndBumpsTheVersion() {
        ListingView published = listings.publish(seller, listings.create(seller, bike("Specialized Allez")).id());
        ListingView edited = listings.changePrice(seller, published.id(), "299.99");
        assertThat(edited.price().minorUnits()).isEqualTo(29_999);
        assertThat(edited.version()).isGreaterThan(published.version());
        assertThatThrownBy(() -> listings.update(seller, published.id(), published.version(), bike("Specialized")))
                .isInstanceOf(StaleListingException.class);
    }

    @Test
    void deletedListingsDisappear() {
        ListingView published = listings.publish(seller, listings.create(seller, bike("Bianchi Via Nirone")).id());
        listings.delete(seller, published.id());
        assertThat(listings.find(published.id())).isEmpty();
        assertThat(listings.findVisible(published.id())).isEmpty();
        assertThat(listings.listingsOf(seller, null)).isEmpty();
    }
}
