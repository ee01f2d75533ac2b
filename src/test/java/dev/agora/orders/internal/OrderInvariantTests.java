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
 * Issue 6's invariants one level above the ledger's property test: random sequences of orders (items and bookings
 * under every cancellation policy), transitions by every actor, timers, partial refunds (allowed or not; after the
 * release too, from the seller's available money and buyer protection as the seller's debt), payouts
 * (sent, failed, refused), holds, replays of earlier commands and crashes (a transition's payment steps done, the
 * order not moved, then the transition taken again), through the real orders, payments (sandbox) and ledger in the
 * shared test context. Each sequence ends by driving every order to a final state; the invariants are checked after
 * every step. Sequences come from seeded generators (jqwik's runner cannot use the Spring context without
 * jqwik-spring); a failure names its seed. Count: {@code agora.orders.invariant.sequences} (200; 2000 with
 * {@code -Plong-tests}).
 */
@IntegrationTest
class OrderInvariantTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired OrderManagement orders;
    @Autowired OrderTransitions transitions;
    @Autowired OrderRepository repository;
    @Autowired PaymentSteps paymentSteps;
    @Autowired ProcessCatalog processes;
    @Autowired SellerPayouts payouts;
    @Autowired Payments payments;
    @Autowired LedgerManagement ledger;
    @Autowired ListingManagement listings;
    @Autowired CancellationPolicies policies;
    @Autowired IdentityManagement identity;
    @Autowired CommissionConfiguration commission;
    @Autowired Clock clock;
    @Autowired dev.agora.listings.RentalCalendar rentals;

    record Shop(AccountId seller, ListingView bike, ListingView tent) {}

    final List<Shop> shops = new ArrayList<>();
    final List<AccountId> buyers = new ArrayList<>();

    @Test
    void ordersRefundsPayoutsAndCrashesKeepTheInvariants() {
        int sequences = Integer.getInteger("agora.orders.invariant.sequences", 200);
        long base = Long.getLong("agora.orders.invariant.seed", System.nanoTime());
        setUp();
        for (int i = 0; i < sequences; i++) {
            long seed = base + i;
            try {
                new Sequence(new Random(seed)).run();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("sequence " + i + " failed; rerun with -Dagora.orders.invariant.seed=" + seed
                        + " -Dagora.orders.invariant.sequences=1", e);
            }
        }
        assertThat(ledger.trialBalance(EUR).balanced()).as("trial balance").isTrue();
    }

    void setUp() {
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

    final class Sequence {
        final Random random;
        final List<OrderId> placed = new ArrayList<>();
        final List<Runnable> replayable = new ArrayList<>();
        final List<OrderId> bookings = new ArrayList<>();

        Sequence(Random random) {
            this.random = random;
        }

        void run() {
            int steps = 3 + random.nextInt(8);
            for (int s = 0; s < steps; s++) {
                int kind = placed.isEmpty() ? random.nextInt(2) : random.nextInt(10);
                switch (kind) {
                    case 0 -> placeItem();
                    case 1 -> placeBooking();
                    case 2, 3 -> transition();
                    case 4 -> partialRefund();
                    case 5 -> crashThenRetry();
                    case 6 -> payout();
                    case 7 -> holdBlocksRelease();
                    case 8 -> replay();
                    default -> timers();
                }
                check();
            }
            finish();
            check();
            for (OrderId id : placed) { // issue 6: refunds after release, also once sellers were paid out
                OrderView view = orders.get(id);
                if (view.state().equals("completed") && random.nextInt(3) == 0) {
                    refundAfterRelease(id, view);
                    check();
                }
            }
        }

        Shop shop() {
            return shops.get(random.nextInt(shops.size()));
        }

        OrderId anyOrder() {
            return placed.get(random.nextInt(placed.size()));
        }

        void placeItem() {
            Shop shop = shop();
            placed.add(orders.place(buyers.get(random.nextInt(buyers.size())),
                    new PlaceOrder(shop.bike().id(), 1 + random.nextInt(2), null, CARD)).id());
        }

        /**
         * Issue 6: a booking holds its days; one touching a blocked or booked day is refused (field startsAt) and moves
         * nothing. Starts are near (often overlapping earlier bookings) or spread over years.
         */
        void placeBooking() {
            Shop shop = shop();
            Duration ahead = random.nextBoolean() ? Duration.ofHours(1 + random.nextInt(24 * 10))
                    : Duration.ofDays(12 + random.nextInt(3000)).plusHours(random.nextInt(24));
            var startsAt = clock.instant().plus(ahead);
            long units = 2 + random.nextInt(3);
            AccountId buyer = buyers.get(random.nextInt(buyers.size()));
            var days = rentals.daysOf(shop.tent().id(), startsAt, units);
            List<java.time.LocalDate> unavailable = new ArrayList<>(rentals.bookedDates(shop.tent().id(), days.first()));
            unavailable.addAll(shop.tent().blockedDates());
            if (days.overlaps(unavailable)) {
                var before = ledger.trialBalance(EUR);
                assertThatThrownBy(() -> orders.place(buyer, new PlaceOrder(shop.tent().id(), units, null, CARD, startsAt)))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.errors().getFirst().field()).isEqualTo("startsAt"));
                assertThat(ledger.trialBalance(EUR)).as("a refused booking moves nothing").isEqualTo(before);
                return;
            }
            OrderId id = orders.place(buyer, new PlaceOrder(shop.tent().id(), units, null, CARD, startsAt)).id();
            placed.add(id);
            bookings.add(id);
            assertThat(rentals.heldBy(id.value())).isEqualTo(days.dates());
        }

        /** A transition open to one of the order's parties now, taken by that party. */
        void transition() {
            OrderId id = anyOrder();
            OrderView view = orders.get(id);
            List<Object[]> options = new ArrayList<>();
            for (String name : orders.find(view.buyerId(), false, id).availableTransitions()) options.add(new Object[] {view.buyerId(), false, name});
            for (String name : orders.find(view.sellerId(), false, id).availableTransitions()) options.add(new Object[] {view.sellerId(), false, name});
            for (String name : view.availableTransitions()) options.add(new Object[] {OrderViews.PLATFORM, true, name});
            if (options.isEmpty()) {
                return;
            }
            Object[] pick = options.get(random.nextInt(options.size()));
            orders.transition((AccountId) pick[0], (boolean) pick[1], id, (String) pick[2]);
            String taken = (String) pick[2];
            replayable.add(() -> {
                try {
                    orders.transition((AccountId) pick[0], (boolean) pick[1], id, taken);
                } catch (InvalidInputException refused) {
                    // the order moved on: a replay is refused and changes nothing
                }
            });
        }

        void partialRefund() {
            OrderId id = anyOrder();
            OrderView view = orders.get(id);
            if (view.state().equals("completed")) {
                refundAfterRelease(id, view);
                return;
            }
            var escrow = ledger.escrowOf(id.toString(), EUR);
            long amount = 1 + random.nextInt((int) Math.max(1, view.quote().buyerTotal().minorUnits() + 500));
            Money money = Money.ofMinor(amount, "EUR");
            String key = "inv-" + UUID.randomUUID().toString().substring(0, 8);
            boolean inEscrow = List.of("paid", "handed_over", "delivered", "in_progress").contains(view.state());
            boolean allowed = inEscrow && escrow.balance().isGreaterThan(money);
            var before = balances(id, view.sellerId());
            if (allowed) {
                orders.refund(view.sellerId(), false, id, money, "invariants", key);
                assertThat(ledger.escrowOf(id.toString(), EUR).balance()).isEqualTo(escrow.balance().minus(money));
                replayable.add(() -> orders.refund(view.sellerId(), false, id, money, "invariants", key));
            } else {
                assertThatThrownBy(() -> orders.refund(view.sellerId(), false, id, money, "invariants", key))
                        .isInstanceOf(InvalidInputException.class);
                assertThat(balances(id, view.sellerId())).as("a refused refund moves nothing").isEqualTo(before);
            }
        }

        /**
         * Issue 6: a refund of a completed order (seller or operator): the seller's share of it leaves their available
         * money, buyer protection fronts what that lacks as the seller's debt, to the cent.
         */
        void refundAfterRelease(OrderId id, OrderView view) {
            long left = view.quote().buyerTotal().minus(view.refunded()).minorUnits();
            long amount = 1 + random.nextInt((int) Math.max(1, left + 300));
            Money money = Money.ofMinor(amount, "EUR");
            String key = "inv-" + UUID.randomUUID().toString().substring(0, 8);
            boolean staff = random.nextBoolean();
            AccountId by = staff ? OrderViews.PLATFORM : view.sellerId();
            var before = ledger.sellerBalance(view.sellerId().toString(), EUR);
            var escrowBefore = ledger.escrowOf(id.toString(), EUR);
            if (amount > left) {
                assertThatThrownBy(() -> orders.refund(by, staff, id, money, "invariants", key)).isInstanceOf(InvalidInputException.class);
                assertThat(ledger.sellerBalance(view.sellerId().toString(), EUR)).as("a refused refund moves nothing").isEqualTo(before);
                return;
            }
            List<JournalEntry> entries = ledger.entriesAbout(id.toString());
            long sellerReleased = entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE)
                    .flatMap(e -> e.postings().stream()).filter(p -> p.account().type() == AccountType.SELLER_AVAILABLE)
                    .mapToLong(p -> p.normalAmount().minorUnits()).sum();
            long refundedSince = refundedAfterRelease(entries);
            long share = Math.clamp(refundedSince + amount, 0, sellerReleased) - Math.clamp(refundedSince, 0, sellerReleased);
            long fromAvailable = Math.min(share, before.available().minorUnits());
            orders.refund(by, staff, id, money, "invariants", key);
            var after = ledger.sellerBalance(view.sellerId().toString(), EUR);
            assertThat(after.available()).as("taken from available").isEqualTo(before.available().minus(Money.ofMinor(fromAvailable, "EUR")));
            assertThat(after.debt()).as("the rest is the seller's debt").isEqualTo(before.debt().plus(Money.ofMinor(share - fromAvailable, "EUR")));
            assertThat(ledger.escrowOf(id.toString(), EUR)).as("the escrow is untouched").isEqualTo(escrowBefore);
            assertThat(orders.get(id).refunded()).isEqualTo(view.refunded().plus(money));
            replayable.add(() -> orders.refund(by, staff, id, money, "invariants", key));
        }

        /** The payment steps of a transition ran, then the node died before moving the order; the retry takes it. */
        void crashThenRetry() {
            OrderId id = anyOrder();
            Order order = repository.findById(id.value()).orElseThrow();
            var process = processes.get(order.processName(), order.processVersion());
            List<Transition> manual = process.from(order.state()).stream()
                    .filter(t -> !t.timed() && t.actor() != Actor.SYSTEM && !t.actions().isEmpty()).toList();
            if (manual.isEmpty()) {
                return;
            }
            Transition t = manual.get(random.nextInt(manual.size()));
            var snapshot = OrderSnapshot.of(order);
            try {
                t.actions().forEach(a -> paymentSteps.perform(snapshot, a));
            } catch (InvalidInputException refusedByLedger) {
                return; // e.g. a release under a hold: nothing moved, nothing to retry
            }
            AccountId actor = switch (t.actor()) {
                case BUYER -> order.buyerId();
                case SELLER -> order.sellerId();
                default -> OrderViews.PLATFORM;
            };
            orders.transition(actor, t.actor() == Actor.OPERATOR, id, t.name());
        }

        void payout() {
            Shop shop = shop();
            var before = ledger.sellerBalance(shop.seller().toString(), EUR);
            Money payable = before.payable();
            long amount = 1 + random.nextInt((int) Math.max(1, payable.minorUnits() + 3_000));
            Money money = Money.ofMinor(amount, "EUR");
            String key = "inv-" + UUID.randomUUID();
            if (amount >= 1000 && !money.isGreaterThan(payable)) {
                SellerPayouts.Payout payout;
                try {
                    payout = payouts.request(shop.seller(), money, key);
                } catch (InvalidInputException heldByStanding) {
                    // trust's strikes hold back recent sales on top of the payable balance: refused, nothing moved
                    assertThat(heldByStanding.errors()).extracting(InvalidInputException.FieldError::code)
                            .containsExactly("orders.payout.standing-held");
                    assertThat(ledger.sellerBalance(shop.seller().toString(), EUR)).isEqualTo(before);
                    return;
                }
                var after = ledger.sellerBalance(shop.seller().toString(), EUR);
                // issue 6: a debt is netted from available first
                Money recovered = Money.ofMinor(Math.min(before.debt().minorUnits(), before.available().minorUnits()), "EUR");
                assertThat(after.debt()).isEqualTo(before.debt().minus(recovered));
                if (payout.state().equals("FAILED")) {
                    assertThat(after.available()).as("a failed payout returns the money").isEqualTo(before.available().minus(recovered));
                } else {
                    assertThat(after.available()).isEqualTo(before.available().minus(money).minus(recovered));
                }
                replayable.add(() -> payouts.request(shop.seller(), money, key));
            } else {
                assertThatThrownBy(() -> payouts.request(shop.seller(), money, key)).isInstanceOf(InvalidInputException.class);
                assertThat(ledger.sellerBalance(shop.seller().toString(), EUR)).isEqualTo(before);
            }
        }

        void holdBlocksRelease() {
            OrderId id = anyOrder();
            OrderView view = orders.get(id);
            if (!List.of("delivered", "in_progress").contains(view.state())) {
                return;
            }
            String hold = "inv-hold-" + UUID.randomUUID();
            ledger.placeHold(new LedgerManagement.PlaceHold(hold, id.toString(), "invariants"));
            var before = balances(id, view.sellerId());
            assertThatThrownBy(() -> orders.transition(view.buyerId(), false, id, "complete")).isInstanceOf(RuntimeException.class);
            assertThat(balances(id, view.sellerId())).as("release refused while a hold stands").isEqualTo(before);
            assertThat(orders.get(id).state()).isEqualTo(view.state());
            ledger.releaseHold(hold);
        }

        void replay() {
            if (replayable.isEmpty()) {
                return;
            }
            var before = placed.stream().map(id -> ledger.escrowOf(id.toString(), EUR)).toList();
            var sellers = shops.stream().map(s -> ledger.sellerBalance(s.seller().toString(), EUR)).toList();
            replayable.get(random.nextInt(replayable.size())).run();
            assertThat(placed.stream().map(id -> ledger.escrowOf(id.toString(), EUR)).toList()).as("a replay changes nothing").isEqualTo(before);
            assertThat(shops.stream().map(s -> ledger.sellerBalance(s.seller().toString(), EUR)).toList()).isEqualTo(sellers);
        }

        void timers() {
            transitions.runDueTimers(anyOrder(), clock.instant().plus(Duration.ofDays(1 + random.nextInt(5))));
        }

        void finish() {
            for (OrderId id : placed) {
                for (int round = 0; round < 4 && !orders.get(id).finished(); round++) {
                    OrderView view = orders.get(id);
                    if (view.availableTransitions().contains("refund") && random.nextBoolean()) {
                        orders.transition(OrderViews.PLATFORM, true, id, "refund");
                    } else {
                        transitions.runDueTimers(id, clock.instant().plus(Duration.ofDays(30)));
                        if (!orders.get(id).finished() && orders.get(id).availableTransitions().contains("refund")) {
                            orders.transition(OrderViews.PLATFORM, true, id, "refund");
                        }
                    }
                }
                assertThat(orders.get(id).finished()).as("order %s ends final", id).isTrue();
            }
        }

        /** Refunds of the order booked after its release (REFUND entries that leave the escrow alone). */
        long refundedAfterRelease(List<JournalEntry> entries) {
            return entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.REFUND
                            && e.postings().stream().noneMatch(p -> p.account().type() == AccountType.ESCROW))
                    .flatMap(e -> e.postings().stream()).filter(p -> p.account().type() == AccountType.PROVIDER_CLEARING)
                    .mapToLong(p -> -p.amountMinor()).sum();
        }

        Object balances(OrderId id, AccountId seller) {
            return List.of(ledger.escrowOf(id.toString(), EUR), ledger.sellerBalance(seller.toString(), EUR));
        }

        void check() {
            for (OrderId id : placed) {
                OrderView view = orders.get(id);
                var escrow = ledger.escrowOf(id.toString(), EUR);
                List<JournalEntry> entries = ledger.entriesAbout(id.toString());
                // 1. every entry balances
                entries.forEach(e -> assertThat(e.postings().stream().mapToLong(Posting::amountMinor).sum()).as("entry %s", e.id()).isZero());
                // 2. no liability negative
                assertThat(escrow.balance().minorUnits()).isNotNegative();
                // 4. refunds never exceed captured, and the order agrees with the ledger
                long afterRelease = refundedAfterRelease(entries);
                assertThat(escrow.refunded().minorUnits() + afterRelease).isLessThanOrEqualTo(escrow.captured().minorUnits());
                assertThat(view.refunded().minorUnits()).as("order %s refunded", id).isEqualTo(escrow.refunded().minorUnits() + afterRelease);
                // 7. the balance rebuilt from the journal equals the reported one
                long rebuilt = entries.stream().filter(e -> !e.pending()).flatMap(e -> e.postings().stream())
                        .filter(p -> p.account().type() == AccountType.ESCROW).mapToLong(p -> p.normalAmount().minorUnits()).sum();
                assertThat(rebuilt).isEqualTo(escrow.balance().minorUnits());
                if (view.finished() && bookings.contains(id)) {
                    // issue 6: a booking that ended without taking place frees its days; a completed one keeps them
                    assertThat(rentals.heldBy(id.value()).isEmpty()).as("days of %s freed", id).isEqualTo(!view.state().equals("completed"));
                }
                if (view.finished()) {
                    // 3. + 5. escrow empty, the authorisation resolved
                    assertThat(escrow.balance()).as("escrow of final order %s", id).isEqualTo(Money.zero(EUR));
                    assertThat(escrow.authorisedPending()).isEqualTo(Money.zero(EUR));
                }
                entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE).findFirst().ifPresent(release -> {
                    Money items = view.quote().lines().stream().filter(l -> l.kind() == LineItem.Kind.ITEM).findFirst().orElseThrow().amount();
                    // 10. the commission is the configuration's rate with one rounding
                    assertThat(view.quote().commission()).isEqualTo(items.percentOf(commission.current().rules().sellerBasisPoints()));
                    // a rental's deposit goes back before anything else and is no fee (issue 7)
                    Money refundedBeyondDeposit = Money.ofMinor(Math.max(0, view.refunded().minorUnits() - view.quote().deposit().minorUnits()), "EUR");
                    var fees = RefundShares.feesAfter(refundedBeyondDeposit, view.quote().sellerNet(), view.quote().commission(), view.quote().platformFee());
                    // net of what refunds after release took back (issue 6)
                    long revenue = entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE
                                    || e.code() == dev.agora.ledger.EntryCode.REFUND).flatMap(e -> e.postings().stream())
                            .filter(p -> p.account().type() == AccountType.REVENUE_SELLER_COMMISSION
                                    || p.account().type() == AccountType.REVENUE_BUYER_FEE).mapToLong(p -> p.normalAmount().minorUnits()).sum();
                    // 11. revenue = fees charged − fees refunded
                    long feesRefunded = Math.max(0, refundedBeyondDeposit.minorUnits() - view.quote().sellerNet().minorUnits());
                    assertThat(revenue).isEqualTo(view.quote().commission().plus(view.quote().platformFee()).minorUnits() - feesRefunded)
                            .isEqualTo(fees.commission().plus(fees.platformFee()).minorUnits());
                });
            }
            for (Shop shop : shops) {
                var balance = ledger.sellerBalance(shop.seller().toString(), EUR);
                // 2. + 9. seller accounts never negative: a payout never exceeds available
                assertThat(balance.available().minorUnits()).isNotNegative();
                assertThat(balance.inTransit().minorUnits()).isNotNegative();
                assertThat(balance.debt().minorUnits()).isNotNegative();
            }
        }
    }
}
