package dev.agora.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.reviews.ReviewFixtures.Deal;
import dev.agora.trust.AuditLog;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Double-blind reveal, who may review what and when, replies, hiding and the Bayesian reputation. */
@IntegrationTest
class ReviewRulesTests {

    @Autowired ReviewManagement reviews;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ReviewDraft stars(int rating, String text) {
        return new ReviewDraft(rating, text, null, null, null);
    }

    @Test
    void bothReviewsStayHiddenUntilTheSecondArrivesThenAppearTogether() {
        Deal deal = ReviewFixtures.completedOrder(identity, listings, orders);

        ReviewView byBuyer = reviews.submit(deal.buyer(), deal.order().id(),
                new ReviewDraft(5, "Bike exactly as shown, friendly handoff.", 5, 4, 5));

        assertThat(byBuyer.published()).isFalse();
        assertThat(reviews.about(deal.seller(), 10)).isEmpty();
        OrderReviews sellerView = reviews.ofOrder(deal.seller(), deal.order().id());
        assertThat(sellerView.theirs()).isEmpty();
        assertThat(sellerView.otherSubmitted()).isTrue();
        assertThat(sellerView.canReview()).isTrue();
        assertThat(reviews.reputationAs(deal.seller(), ReviewerRole.SELLER).count()).isZero();
        assertThat(reviews.ofOrder(deal.buyer(), deal.order().id()).mine()).get().extracting(ReviewView::text)
                .isEqualTo("Bike exactly as shown, friendly handoff.");

        reviews.submit(deal.seller(), deal.order().id(), new ReviewDraft(4, "Paid quickly.", null, 4, null));

        assertThat(reviews.about(deal.seller(), 10)).singleElement().satisfies(review -> {
            assertThat(review.rating()).isEqualTo(5);
            assertThat(review.asDescribed()).isEqualTo(5);
            assertThat(review.published()).isTrue();
        });
        assertThat(reviews.about(deal.buyer(), 10)).singleElement().extracting(ReviewView::text).isEqualTo("Paid quickly.");
        assertThat(reviews.ofOrder(deal.seller(), deal.order().id()).theirs()).isPresent();
        assertThat(reviews.ofOrder(deal.seller(), deal.order().id()).canReview()).isFalse();
    }

    @Test
    void aLoneReviewIsRevealedWhenTheWindowClosesAndNoReviewIsTakenAfterwards() {
        Deal deal = ReviewFixtures.completedOrder(identity, listings, orders);
        reviews.submit(deal.buyer(), deal.order().id(), stars(2, "Scratches that were not in the photos."));

        clock.advance(Duration.ofDays(13));
        assertThat(reviews.about(deal.seller(), 10)).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        // the clock jump makes every other test's timers due as well: give the shared scheduler time
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(reviews.about(deal.seller(), 10)).singleElement().extracting(ReviewView::rating).isEqualTo(2));

        assertThatThrownBy(() -> reviews.submit(deal.seller(), deal.order().id(), stars(5, "late")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("window closed");
        assertThat(reviews.ofOrder(deal.seller(), deal.order().id()).canReview()).isFalse();
    }

    @Test
    void onlyPartiesOfACompletedOrderReviewOnceWithOneToFiveStars() {
        Deal paid = ReviewFixtures.paidOrder(identity, listings, orders);
        assertThatThrownBy(() -> reviews.submit(paid.buyer(), paid.order().id(), stars(5, "too early")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).errors().getFirst().code())
                .isEqualTo("reviews.order.notCompleted");

        Deal deal = ReviewFixtures.completedOrder(identity, listings, orders);
        AccountId stranger = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> reviews.submit(stranger, deal.order().id(), stars(1, "never met them")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).errors().getFirst().code())
                .isEqualTo("reviews.order.notYours");
        assertThatThrownBy(() -> reviews.submit(deal.buyer(), deal.order().id(), stars(6, "more than perfect")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).errors())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
                .extracting("field", "code").containsExactly("rating", "reviews.stars.range");
        assertThatThrownBy(() -> reviews.submit(deal.seller(), deal.order().id(), new ReviewDraft(5, "", 5, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asDescribed");
        assertThat(reviews.ofOrder(deal.buyer(), deal.order().id()).mine()).isEmpty();

        reviews.submit(deal.buyer(), deal.order().id(), stars(4, "Good"));
        assertThatThrownBy(() -> reviews.submit(deal.buyer(), deal.order().id(), stars(5, "Better on reflection")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).errors().getFirst().code())
                .isEqualTo("reviews.already");
        assertThat(reviews.ofOrder(deal.buyer(), deal.order().id()).mine()).get().extracting(ReviewView::rating).isEqualTo(4);
    }

    @Test
    void theSubjectRepliesOnceAndStaffHideAReviewWithAnAuditedReason() {
        Deal deal = ReviewFixtures.completedOrder(identity, listings, orders);
        ReviewView review = reviews.submit(deal.buyer(), deal.order().id(), stars(1, "Rude seller, call me on 0151 2345678"));
        assertThatThrownBy(() -> reviews.reply(deal.seller(), review.id(), "Not fair"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("published");
        reviews.submit(deal.seller(), deal.order().id(), stars(5, "Fine buyer"));

        assertThatThrownBy(() -> reviews.reply(deal.buyer(), review.id(), "replying to myself"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(reviews.reply(deal.seller(), review.id(), "I answered every message within the hour.").reply())
                .isEqualTo("I answered every message within the hour.");
        assertThatThrownBy(() -> reviews.reply(deal.seller(), review.id(), "And another thing"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already replied");
        assertThat(reviews.reputationAs(deal.seller(), ReviewerRole.SELLER).count()).isEqualTo(1);

        AccountId moderator = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> reviews.hide(moderator, review.id(), " "))
                .isInstanceOf(InvalidInputException.class);
        ReviewView hidden = reviews.hide(moderator, review.id(), "Contact details in a review (policy 3.2)");

        assertThat(hidden.hidden()).isTrue();
        assertThat(reviews.about(deal.seller(), 10)).isEmpty();
        assertThat(reviews.reputationAs(deal.seller(), ReviewerRole.SELLER).count()).isZero();
        assertThat(audit.about("review:" + review.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("review.hide");
            assertThat(entry.actor()).isEqualTo(moderator);
            assertThat(entry.reason()).isEqualTo("Contact details in a review (policy 3.2)");
        });
    }

    @Test
    void reputationIsABayesianAverageWithThePriorFromConfiguration() {
        Deal first = ReviewFixtures.completedOrder(identity, listings, orders);
        reviews.submit(first.buyer(), first.order().id(), stars(5, "Great"));
        reviews.submit(first.seller(), first.order().id(), stars(5, "Great"));

        // prior 4.0 with weight 5: (5 × 4.0 + 5) / (5 + 1)
        Reputation one = reviews.reputationAs(first.seller(), ReviewerRole.SELLER);
        assertThat(one.average()).isEqualByComparingTo(new BigDecimal("4.17"));
        assertThat(one.count()).isEqualTo(1);
        assertThat(reviews.reputationAs(first.seller(), ReviewerRole.BUYER).rated()).isFalse();
    }
}
