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
 * One random sequence of the invariant run (the generators): places items and bookings, takes transitions by every
 * party, runs timers, crashes between the payment steps and the move, replays earlier commands, and hands the money
 * steps (refunds, payouts, holds, debt write-offs) to {@link InvariantMoneySteps}; after every step
 * {@link InvariantChecks} checks the invariants. It ends by driving every order to a final state, then refunds some
 * completed orders after their release and writes off some of the debts that leaves.
 */
final class InvariantSequence {

    final InvariantModel model;
    final Random random;
    final List<OrderId> placed = new ArrayList<>();
    final List<Runnable> replayable = new ArrayList<>();
    final List<OrderId> bookings = new ArrayList<>();
    final InvariantMoneySteps money;
    // the model's parts by their names, so the steps read as before the split
    final OrderManagement orders;
    final OrderTransitions transitions;
    final OrderRepository repository;
    final PaymentSteps paymentSteps;
    final ProcessCatalog processes;
    final LedgerManagement ledger;
    final Clock clock;
    final dev.agora.listings.RentalCalendar rentals;
    final List<InvariantModel.Shop> shops;
    final List<AccountId> buyers;

    InvariantSequence(InvariantModel model, Random random) {
        this.model = model;
        this.random = random;
        this.orders = model.orders;
        this.transitions = model.transitions;
        this.repository = model.repository;
        this.paymentSteps = model.paymentSteps;
        this.processes = model.processes;
        this.ledger = model.ledger;
        this.clock = model.clock;
        this.rentals = model.rentals;
        this.shops = model.shops;
        this.buyers = model.buyers;
        this.money = new InvariantMoneySteps(this);
    }

    void run() {
        int steps = 3 + random.nextInt(8);
        for (int s = 0; s < steps; s++) {
            int kind = placed.isEmpty() ? random.nextInt(2) : random.nextInt(11);
            switch (kind) {
                case 0 -> placeItem();
                case 1 -> placeBooking();
                case 2, 3 -> transition();
                case 4 -> money.partialRefund();
                case 5 -> crashThenRetry();
                case 6 -> money.payout();
                case 7 -> money.holdBlocksRelease();
                case 8 -> replay();
                case 10 -> money.writeOffDebt(shop()); // orders-gaps
                default -> timers();
            }
            check();
        }
        finish();
        check();
        for (OrderId id : placed) { // issue 6: refunds after release, also once sellers were paid out
            OrderView view = orders.get(id);
            if (view.state().equals("completed") && random.nextInt(3) == 0) {
                money.refundAfterRelease(id, view);
                check();
            }
        }
        for (InvariantModel.Shop shop : shops) { // orders-gaps: some of the debts that left are written off
            if (random.nextInt(3) == 0) {
                money.writeOffDebt(shop);
                check();
            }
        }
    }

    InvariantModel.Shop shop() {
        return shops.get(random.nextInt(shops.size()));
    }

    OrderId anyOrder() {
        return placed.get(random.nextInt(placed.size()));
    }

    void placeItem() {
        InvariantModel.Shop shop = shop();
        placed.add(orders.place(buyers.get(random.nextInt(buyers.size())),
                new PlaceOrder(shop.bike().id(), 1 + random.nextInt(2), null, InvariantModel.CARD)).id());
    }

    /**
     * Issue 6: a booking holds its days; one touching a blocked or booked day is refused (field startsAt) and moves
     * nothing. Starts are near (often overlapping earlier bookings) or spread over years.
     */
    void placeBooking() {
        InvariantModel.Shop shop = shop();
        Duration ahead = random.nextBoolean() ? Duration.ofHours(1 + random.nextInt(24 * 10))
                : Duration.ofDays(12 + random.nextInt(3000)).plusHours(random.nextInt(24));
        var startsAt = clock.instant().plus(ahead);
        long units = 2 + random.nextInt(3);
        AccountId buyer = buyers.get(random.nextInt(buyers.size()));
        var days = rentals.daysOf(shop.tent().id(), startsAt, units);
        List<java.time.LocalDate> unavailable = new ArrayList<>(rentals.bookedDates(shop.tent().id(), days.first()));
        unavailable.addAll(shop.tent().blockedDates());
        if (days.overlaps(unavailable)) {
            var before = ledger.trialBalance(InvariantModel.EUR);
            assertThatThrownBy(() -> orders.place(buyer, new PlaceOrder(shop.tent().id(), units, null, InvariantModel.CARD, startsAt)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().field()).isEqualTo("startsAt"));
            assertThat(ledger.trialBalance(InvariantModel.EUR)).as("a refused booking moves nothing").isEqualTo(before);
            return;
        }
        OrderId id = orders.place(buyer, new PlaceOrder(shop.tent().id(), units, null, InvariantModel.CARD, startsAt)).id();
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

    /** The payment steps of a transition ran, then the node died before moving the order; the retry takes it. */
    void crashThenRetry() {
        OrderId id = anyOrder();
        Order order = repository.findById(id.value()).orElseThrow();
        var process = processes.get(order.processName(), order.processVersion());
        List<Transition> manual = process.from(order.state()).stream()
                // only what the order page would offer: a crash can only interrupt a transition that was allowed to start
                .filter(t -> !t.timed() && t.actor() != Actor.SYSTEM && !t.actions().isEmpty() && OrderViews.offered(order, t))
                .toList();
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

    void replay() {
        if (replayable.isEmpty()) {
            return;
        }
        var before = placed.stream().map(id -> ledger.escrowOf(id.toString(), InvariantModel.EUR)).toList();
        var sellers = shops.stream().map(s -> ledger.sellerBalance(s.seller().toString(), InvariantModel.EUR)).toList();
        replayable.get(random.nextInt(replayable.size())).run();
        assertThat(placed.stream().map(id -> ledger.escrowOf(id.toString(), InvariantModel.EUR)).toList()).as("a replay changes nothing").isEqualTo(before);
        assertThat(shops.stream().map(s -> ledger.sellerBalance(s.seller().toString(), InvariantModel.EUR)).toList()).isEqualTo(sellers);
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

    void check() {
        InvariantChecks.check(model, placed, bookings);
    }
}
