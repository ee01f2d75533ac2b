package dev.agora.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.Posting;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.Actor;
import dev.agora.orders.CommissionConfiguration;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.orders.SellerPayouts;
import dev.agora.orders.internal.process.ProcessCatalog;
import dev.agora.orders.internal.process.Transition;
import dev.agora.payments.Payments;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The world the invariant sequences run in (see {@link OrderInvariantTests}): the real orders, payments (sandbox) and
 * ledger of the shared test context, three shops (a stocked bike and a tent under each cancellation policy; the third
 * shop's payouts fail) past the first-payout hold, and their buyers.
 */
final class InvariantModel {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    record Shop(AccountId seller, ListingView bike, ListingView tent) {}

    final OrderManagement orders;
    final OrderTransitions transitions;
    final OrderRepository repository;
    final PaymentSteps paymentSteps;
    final ProcessCatalog processes;
    final SellerPayouts payouts;
    final Payments payments;
    final LedgerManagement ledger;
    final CommissionConfiguration commission;
    final Clock clock;
    final dev.agora.listings.RentalCalendar rentals;
    final List<Shop> shops = new ArrayList<>();
    final List<AccountId> buyers = new ArrayList<>();

    InvariantModel(OrderInvariantTests test) {
        this.orders = test.orders;
        this.transitions = test.transitions;
        this.repository = test.repository;
        this.paymentSteps = test.paymentSteps;
        this.processes = test.processes;
        this.payouts = test.payouts;
        this.payments = test.payments;
        this.ledger = test.ledger;
        this.commission = test.commission;
        this.clock = test.clock;
        this.rentals = test.rentals;
        setUp(test.listings, test.policies, test.identity);
    }

private void setUp(ListingManagement listings, CancellationPolicies policies, IdentityManagement identity) {
    for (int i = 0; i < 3; i++) {
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller, stocked(ListingFixtures.bike("Invariant bike " + i + UUID.randomUUID()))).id());
        var tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Invariant tent " + i + UUID.randomUUID())).id());
        policies.choose(seller, tent.id(), CancellationPolicy.values()[i]);
        shops.add(new Shop(seller, bike, tent));
        buyers.add(ListingFixtures.newSeller(identity));
    }
    payments.linkPayoutAccount(shops.get(2).seller().toString(), "acct_fail_invariants"); // its payouts fail
    for (Shop shop : shops) { // past the first-payout hold
        for (int n = 0; n < 3; n++) {
            var order = orders.place(buyers.getFirst(), new PlaceOrder(shop.bike().id(), 1, null, CARD));
            orders.transition(shop.seller(), false, order.id(), "hand-over");
            orders.transition(buyers.getFirst(), false, order.id(), "confirm-delivery");
            orders.transition(buyers.getFirst(), false, order.id(), "complete");
        }
    }
}

static ListingDraft stocked(ListingDraft d) {
    return new ListingDraft(d.categorySlug(), d.type(), d.title(), d.description(), d.price(), d.currency(), d.priceUnit(),
            d.condition(), d.city(), d.postalCode(), d.latitude(), d.longitude(), d.courier(), d.meetup(), d.shipping(),
            d.shippingFee(), 10_000, d.minDuration(), d.maxDuration(), d.deposit(), d.bookingMode(), d.attributes(),
            d.blockedDates());
}

    /** Refunds of the order booked after its release (REFUND entries that leave the escrow alone). */
    static long refundedAfterRelease(List<JournalEntry> entries) {
        return entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.REFUND
                        && e.postings().stream().noneMatch(p -> p.account().type() == AccountType.ESCROW))
                .flatMap(e -> e.postings().stream()).filter(p -> p.account().type() == AccountType.PROVIDER_CLEARING)
                .mapToLong(p -> -p.amountMinor()).sum();
    }

    Object balances(OrderId id, AccountId seller) {
        return List.of(ledger.escrowOf(id.toString(), EUR), ledger.sellerBalance(seller.toString(), EUR));
    }

}
