package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 7: rental return-by with late fees from the deposit, against the real orders, payments and ledger. */
@IntegrationTest
class RentalReturnTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired RentalReturns returns;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired TestClock testClock;
    @Autowired Clock clock;

    Member seller;
    Member buyer;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    /** A tent (12.50 a day, deposit 100.00) rented for 2 days from tomorrow, accepted and started. */
    OrderView rentalStarted(Instant startsAt) {
        AccountId sellerId = ListingFixtures.newSeller(identity);
        seller = FulfillmentFlowTests.member(sellerId);
        buyer = FulfillmentFlowTests.member(ListingFixtures.newSeller(identity));
        ListingView tent = listings.publish(sellerId, listings.create(sellerId,
                ListingFixtures.tent("Return tent " + UUID.randomUUID())).id());
        OrderView order = orders.place(buyer.id(), new PlaceOrder(tent.id(), 2, null, FulfillmentFlowTests.CARD, startsAt));
        assertThat(order.processVersion()).isEqualTo(3);
        orders.transition(seller.id(), false, order.id(), "accept");
        OrderView started = orders.transition(seller.id(), false, order.id(), "start");
        assertThat(started.state()).isEqualTo("in_progress");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(dev.agora.orders.OrderNotFoundException.class)
                .untilAsserted(() -> assertThat(returns.view(seller, order.id()).status()).isEqualTo("OUT"));
        return started;
    }

    Money available(Member who) {
        return ledger.sellerBalance(who.id().toString(), EUR).available();
    }

    @Test
    void theDepositIsALineOutsideEveryShareAndTheBuyerCannotCompleteARentalBeforeItIsBack() {
        OrderView order = rentalStarted(clock.instant().plus(Duration.ofDays(1)));
        var quote = order.quote();
        assertThat(quote.lines()).filteredOn(l -> l.kind() == LineItem.Kind.DEPOSIT).singleElement()
                .extracting(LineItem::amount).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(quote.deposit()).isEqualTo(Money.of("100.00", "EUR"));
        // the one pricing rule still sums exactly: seller net + commission + platform fee + deposit = buyer total
        assertThat(quote.sellerNet().plus(quote.commission()).plus(quote.platformFee()).plus(quote.deposit()))
                .isEqualTo(quote.buyerTotal());
        assertThat(quote.lines().stream().filter(l -> l.kind().paidByBuyer()).map(LineItem::amount)
                .reduce(Money.zero(EUR), Money::plus)).isEqualTo(quote.buyerTotal());
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(quote.buyerTotal());
        // a rental completes by its return: neither the buyer's complete nor the auto-complete timer applies
        assertThat(orders.find(buyer.id(), false, order.id()).availableTransitions()).doesNotContain("complete");
        assertThat(returns.view(buyer, order.id()).dueAt()).isEqualTo(order.startsAt().plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> returns.confirm(buyer, order.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seller confirms");
    }

    @Test
    void aReturnTwoStartedDaysLateKeepsTwoDaysOfLateFeesFromTheDepositAndRefundsTheRest() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(1));
        OrderView order = rentalStarted(startsAt);
        Money sellerNet = order.quote().sellerNet();
        // due back at start + 2 days; confirmed 1 day and 1 hour after that: 2 started days late, 10.00 each
        testClock.advance(Duration.between(clock.instant(), startsAt.plus(Duration.ofDays(3)).plusSeconds(3600)));

        var settled = returns.confirm(seller, order.id());

        assertThat(settled.daysLate()).isEqualTo(2);
        assertThat(settled.lateFee()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(settled.status()).isEqualTo("RETURNED");
        assertThat(orders.get(order.id()).state()).isEqualTo("completed");
        var escrow = ledger.escrowOf(order.id().toString(), EUR);
        assertThat(escrow.balance()).isEqualTo(Money.zero(EUR));
        assertThat(escrow.refunded()).isEqualTo(Money.of("80.00", "EUR"));
        assertThat(available(seller)).isEqualTo(sellerNet.plus(Money.of("20.00", "EUR")));
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
        assertThatThrownBy(() -> returns.confirm(seller, order.id())).isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(order.id().toString(), EUR).refunded()).isEqualTo(Money.of("80.00", "EUR"));
    }

    @Test
    void aReturnOnTimeRefundsTheWholeDeposit() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(1));
        OrderView order = rentalStarted(startsAt);
        testClock.advance(Duration.between(clock.instant(), startsAt.plus(Duration.ofDays(2))));

        var settled = returns.confirm(seller, order.id());

        assertThat(settled.lateFee()).isEqualTo(Money.zero(EUR));
        assertThat(ledger.escrowOf(order.id().toString(), EUR).refunded()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(available(seller)).isEqualTo(order.quote().sellerNet());
    }

    @Test
    void noReturnByTheDeadlinePlusGraceSendsTheOrderToOperatorReviewWhereALateReturnStillSettles() {
        Instant startsAt = clock.instant().plus(Duration.ofDays(1));
        OrderView order = rentalStarted(startsAt);
        OrderId id = order.id();
        // due at start + 2 days; grace 3 days; the timer fires once after that
        testClock.advance(Duration.between(clock.instant(), startsAt.plus(Duration.ofDays(5)).plusSeconds(60)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(orders.get(id).state()).isEqualTo("operator_review"));
        assertThat(returns.view(seller, id).status()).isEqualTo("OVERDUE");
        assertThat(orders.get(id).timeline()).filteredOn(s -> s.transition().equals("return-overdue")).hasSize(1);
        assertThat(ledger.escrowOf(id.toString(), EUR).balance()).isEqualTo(order.quote().buyerTotal());

        var settled = returns.confirm(seller, id); // 3 days and a minute late: 4 started days
        assertThat(settled.lateFee()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(orders.get(id).state()).isEqualTo("completed");
        assertThat(ledger.escrowOf(id.toString(), EUR).refunded()).isEqualTo(Money.of("60.00", "EUR"));
        assertThat(available(seller)).isEqualTo(order.quote().sellerNet().plus(Money.of("40.00", "EUR")));
    }

    @Test
    void theLateFeeNeverExceedsTheDeposit() {
        var late = new RentalReturn(OrderId.random(), buyerId(), buyerId(), Instant.parse("2026-12-01T10:00:00Z"),
                Money.of("100.00", "EUR"), Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(late.returned(Instant.parse("2026-12-31T10:00:00Z"), "seller", Money.of("10.00", "EUR")))
                .isEqualTo(Money.of("100.00", "EUR"));
        assertThat(late.daysLate()).isEqualTo(30);
    }

    private static AccountId buyerId() {
        return new AccountId(UUID.randomUUID());
    }
}
