package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cancellation policies, partial refunds and versioned commission with promotional windows. */
@IntegrationTest
class RefundsAndCommissionTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired CancellationPolicies policies;
    @Autowired CommissionConfiguration commission;
    @Autowired Clock clock;

    AccountId seller;
    AccountId buyer;

    @BeforeEach
    void people() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
    }

    ListingView tent(CancellationPolicy policy) {
        var tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Tent " + UUID.randomUUID())).id());
        policies.choose(seller, tent.id(), policy);
        return tent;
    }

    OrderView acceptedBooking(CancellationPolicy policy, Duration startsIn) {
        var order = orders.place(buyer, new PlaceOrder(tent(policy).id(), 2, null, CARD, clock.instant().plus(startsIn)));
        assertThat(order.cancellationPolicy()).isEqualTo(policy.name());
        return orders.transition(seller, false, order.id(), "accept");
    }

    Money available(AccountId who) {
        return ledger.sellerBalance(who.toString(), EUR).available();
    }

    @Test
    void aModeratePolicyRefundsHalfTwoDaysBeforeTheStartAndReleasesTheRestToTheSeller() {
        OrderView order = acceptedBooking(CancellationPolicy.MODERATE, Duration.ofDays(2));
        Money total = order.quote().buyerTotal();

        OrderView cancelled = orders.transition(buyer, false, order.id(), "cancel");

        assertThat(cancelled.state()).isEqualTo("cancelled");
        Money refunded = total.percentOf(5_000);
        assertThat(cancelled.refunded()).isEqualTo(refunded);
        var escrow = ledger.escrowOf(order.id().toString(), EUR);
        assertThat(escrow.balance()).isEqualTo(Money.zero(EUR));
        assertThat(escrow.refunded()).isEqualTo(refunded);
        assertThat(available(seller)).isEqualTo(total.minus(refunded).minus(order.quote().commission()).minus(order.quote().platformFee()));
    }

    @Test
    void flexibleRefundsAllAndStrictNothingByTheTimeLeft() {
        OrderView flexible = acceptedBooking(CancellationPolicy.FLEXIBLE, Duration.ofDays(3));
        assertThat(orders.transition(buyer, false, flexible.id(), "cancel").refunded()).isEqualTo(flexible.quote().buyerTotal());
        assertThat(available(seller)).isEqualTo(Money.zero(EUR));

        OrderView strict = acceptedBooking(CancellationPolicy.STRICT, Duration.ofDays(2));
        assertThat(orders.transition(buyer, false, strict.id(), "cancel").refunded()).isEqualTo(Money.zero(EUR));
        assertThat(available(seller)).isEqualTo(strict.quote().sellerNet());
    }

    @Test
    void aPartialRefundComesOutOfTheSellersShareAndNeverExceedsWhatIsLeft() {
        var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Bike " + UUID.randomUUID())).id());
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        Money fifty = Money.of("50.00", "EUR");

        orders.refund(seller, false, order.id(), fifty, "scratch on the frame", "k1");
        orders.refund(seller, false, order.id(), fifty, "scratch on the frame", "k1"); // replay
        assertThatThrownBy(() -> orders.refund(buyer, false, order.id(), fifty, "me", "k2"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> orders.refund(seller, false, order.id(), order.quote().buyerTotal().minus(fifty), "all", "k3"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(order.quote().buyerTotal().minus(fifty));

        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        OrderView completed = orders.transition(buyer, false, order.id(), "complete");

        assertThat(completed.refunded()).isEqualTo(fifty);
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.zero(EUR));
        assertThat(available(seller)).isEqualTo(order.quote().sellerNet().minus(fifty));
        // issue 6: after the release a refund comes from the seller's available money, never above what is left
        assertThatThrownBy(() -> orders.refund(seller, false, order.id(), order.quote().buyerTotal().minus(fifty).plus(Money.of("0.01", "EUR")),
                "late", "k4")).isInstanceOf(InvalidInputException.class);
        orders.refund(seller, false, order.id(), fifty, "late", "k5");
        assertThat(available(seller)).isEqualTo(order.quote().sellerNet().minus(fifty).minus(fifty));
    }

    @Test
    void aNewCommissionVersionAppliesToNewOrdersOnlyWithCategoryRatesAndANewSellerWindow() {
        var before = commission.current();
        var bikeBefore = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Bike " + UUID.randomUUID())).id());
        OrderView old = orders.place(buyer, new PlaceOrder(bikeBefore.id(), 1, null, CARD));
        try {
            var rules = before.rules();
            var saved = commission.save(new CommissionConfiguration.Rules(rules.sellerBasisPoints(), rules.buyerBasisPoints(),
                    rules.buyerFixedMinor(), rules.minFeeMinor(), rules.maxFeeMinor(),
                    Map.of("bikes", new CommissionConfiguration.CategoryRate(200L, null)),
                    List.of(new CommissionConfiguration.PromoWindow("new sellers", 0, 3, "camping-gear", null, null))),
                    seller, "cheaper bikes, free start for campers");
            assertThat(saved.version()).isGreaterThan(before.version());
            assertThatThrownBy(() -> commission.save(rules, seller, " ")).isInstanceOf(InvalidInputException.class);

            var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Bike " + UUID.randomUUID())).id());
            OrderView fresh = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
            assertThat(fresh.commissionVersion()).isEqualTo(saved.version());
            assertThat(fresh.quote().commission()).isEqualTo(Money.of("7.00", "EUR"));
            assertThat(orders.get(old.id()).quote().commission()).isEqualTo(Money.of("35.00", "EUR"));
            assertThat(orders.get(old.id()).commissionVersion()).isEqualTo(before.version());

            var camping = orders.place(buyer, new PlaceOrder(tent(CancellationPolicy.FLEXIBLE).id(), 2, null, CARD,
                    clock.instant().plus(Duration.ofDays(20))));
            assertThat(camping.quote().commission()).isEqualTo(Money.zero(EUR));
        } finally {
            commission.save(before.rules(), seller, "restore the test's starting point");
        }
    }
}
