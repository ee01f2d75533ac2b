package dev.agora.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Order flows against the real listings, payments (sandbox) and ledger, run on H2 and on PostgreSQL. */
abstract class OrdersContract {

    static final String CARD = "4242 4242 4242 4242";
    static final String AUTHENTICATION_CARD = "4000 0027 6000 3184";
    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired OrderManagement orders;
    @Autowired OrderTransitions transitions;
    @Autowired StockReservations stock;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired Clock clock;
    @Autowired TestClock testClock;

    AccountId seller;
    AccountId buyer;

    ListingView publishedBike() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
        var draft = listings.create(seller, ListingFixtures.bike("Road bike " + UUID.randomUUID().toString().substring(0, 8)));
        return listings.publish(seller, draft.id());
    }

    ListingView publishedTent() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
        var draft = listings.create(seller, ListingFixtures.tent("Family tent " + UUID.randomUUID().toString().substring(0, 8)));
        return listings.publish(seller, draft.id());
    }

    @Test
    void buyNowCapturesAtCheckoutAndReleasesTheSellersShareOnCompletion() {
        var bike = publishedBike();
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));

        assertThat(order.state()).isEqualTo("paid");
        assertThat(order.quote().buyerTotal()).isEqualTo(Money.of("368.00", "EUR"));
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.of("368.00", "EUR"));
        assertThat(order.availableTransitions()).isEmpty();
        assertThat(orders.find(seller, false, order.id()).availableTransitions()).containsExactly("hand-over", "cancel");

        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        OrderView done = orders.transition(buyer, false, order.id(), "complete");

        assertThat(done.state()).isEqualTo("completed");
        assertThat(done.timeline()).extracting(OrderView.Step::transition)
                .containsExactly("pay", "hand-over", "confirm-delivery", "complete");
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.ofMinor(0, "EUR"));
        assertThat(ledger.sellerBalance(seller.toString(), EUR).available()).isEqualTo(Money.of("315.00", "EUR"));
    }

    @Test
    void theWrongActorOrStateIsRefusedAndNothingMoves() {
        var bike = publishedBike();
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));

        assertThatThrownBy(() -> orders.transition(buyer, false, order.id(), "hand-over"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not yours");
        assertThatThrownBy(() -> orders.transition(buyer, false, order.id(), "complete"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not possible");
        assertThat(orders.find(buyer, false, order.id()).state()).isEqualTo("paid");
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(order.quote().buyerTotal());
    }

    @Test
    void badCheckoutsAreRefusedWithoutHoldingStock() {
        var bike = publishedBike();
        assertThatThrownBy(() -> orders.place(seller, new PlaceOrder(bike.id(), 1, null, CARD)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("own listing");
        assertThatThrownBy(() -> orders.place(buyer, new PlaceOrder(bike.id(), 0, null, CARD)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> orders.place(buyer, new PlaceOrder(bike.id(), 2, null, CARD)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("available");
        assertThat(stock.held(bike.id())).isZero();
        assertThat(orders.purchasesOf(buyer)).isEmpty();
    }

    @Test
    void aDeclinedCardCancelsTheOrderAndGivesTheItemBack() {
        var bike = publishedBike();
        assertThatThrownBy(() -> orders.place(buyer, new PlaceOrder(bike.id(), 1, null, "4000 0000 0000 0002")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("declined");
        assertThat(orders.purchasesOf(buyer)).singleElement().extracting(OrderView::state).isEqualTo("cancelled");
        assertThat(stock.held(bike.id())).isZero();
    }

    @Test
    void anUnpaidReservationExpiresAfterFifteenMinutes() {
        var bike = publishedBike();
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, AUTHENTICATION_CARD));
        assertThat(order.state()).isEqualTo("checkout");
        assertThat(stock.held(bike.id())).isEqualTo(1);

        transitions.runDueTimers(order.id(), clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(orders.find(buyer, false, order.id()).state()).isEqualTo("checkout");

        transitions.runDueTimers(order.id(), clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(orders.find(buyer, false, order.id()).state()).isEqualTo("expired");
        assertThat(stock.held(bike.id())).isZero();
    }

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void theSchedulerFiresADueTimerOnceTheClockPassesIt() {
        var bike = publishedBike();
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, AUTHENTICATION_CARD));

        testClock.advance(Duration.ofMinutes(16));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(orders.find(buyer, false, order.id()).state()).isEqualTo("expired"));
        assertThat(orders.find(buyer, false, order.id()).timeline())
                .filteredOn(step -> step.transition().equals("expire")).hasSize(1);
        assertThat(stock.held(bike.id())).isZero();
    }

    @Test
    void otherModulesTakeOnlyThePlatformsOwnTransitions() {
        var bike = publishedBike();
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, AUTHENTICATION_CARD));

        assertThatThrownBy(() -> orders.transitionAsPlatform(order.id(), "cancel"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not possible");
        assertThat(orders.get(order.id()).state()).isEqualTo("checkout");

        OrderView declined = orders.transitionAsPlatform(order.id(), "decline");

        assertThat(declined.state()).isEqualTo("cancelled");
        assertThat(declined.timeline()).extracting(OrderView.Step::actor).containsExactly(dev.agora.orders.Actor.SYSTEM);
        assertThat(stock.held(bike.id())).isZero();
    }

    @Test
    void anUnansweredBookingRequestExpiresAfterADayWithTheAuthorisationVoided() {
        var tent = publishedTent();
        OrderView order = orders.place(buyer, new PlaceOrder(tent.id(), 3, null, CARD, clock.instant().plus(Duration.ofDays(40))));
        assertThat(order.state()).isEqualTo("requested");
        assertThat(ledger.escrowOf(order.id().toString(), EUR).authorisedPending()).isEqualTo(order.quote().buyerTotal());
        assertThat(orders.find(seller, false, order.id()).availableTransitions()).containsExactlyInAnyOrder("accept", "decline");

        transitions.runDueTimers(order.id(), clock.instant().plus(Duration.ofHours(25)));

        OrderView expired = orders.find(buyer, false, order.id());
        assertThat(expired.state()).isEqualTo("expired");
        assertThat(expired.finished()).isTrue();
        assertThat(ledger.escrowOf(order.id().toString(), EUR).authorisedPending()).isEqualTo(Money.ofMinor(0, "EUR"));
        // a late timer of the left state does nothing
        transitions.runDueTimers(order.id(), clock.instant().plus(Duration.ofDays(30)));
        assertThat(orders.find(buyer, false, order.id()).timeline()).hasSize(1);
    }

    @Test
    void anAcceptedBookingIsCapturedAndRefundedWhenTheBuyerCancels() {
        var tent = publishedTent();
        OrderView order = orders.place(buyer, new PlaceOrder(tent.id(), 2, null, CARD, clock.instant().plus(Duration.ofDays(40))));
        assertThat(orders.transition(seller, false, order.id(), "accept").state()).isEqualTo("paid");
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(order.quote().buyerTotal());

        // request-to-book v2: the cancellation policy decides; 40 days before the start the buyer gets everything back
        assertThat(orders.transition(buyer, false, order.id(), "cancel").state()).isEqualTo("cancelled");
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.ofMinor(0, "EUR"));
        assertThat(ledger.escrowOf(order.id().toString(), EUR).refunded()).isEqualTo(order.quote().buyerTotal());
    }
}
