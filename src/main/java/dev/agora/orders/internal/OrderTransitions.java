package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.Actor;
import dev.agora.orders.OrderCancelled;
import dev.agora.orders.OrderCompleted;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderTransitioned;
import dev.agora.orders.OrderView;
import dev.agora.orders.internal.process.Action;
import dev.agora.orders.internal.process.ProcessCatalog;
import dev.agora.orders.internal.process.TransactionProcess;
import dev.agora.orders.internal.process.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes transitions: (1) checks in a read that the viewer may take it now, (2) runs the payment steps outside any
 * transaction, keyed by order and step so a retry repeats nothing, (3) locks the order and moves it, releasing
 * stock, scheduling the new state's timers and publishing events in the same transaction. If two transitions
 * race, the ledger lets only one payment step win and the order lock lets only one move.
 */
@Component
class OrderTransitions {

    private final OrderRepository orders;
    private final ProcessCatalog processes;
    private final PaymentSteps payments;
    private final StockReservations stock;
    private final dev.agora.listings.ServiceSlots slots;
    private final dev.agora.listings.RentalCalendar rentals; // issue 6
    private final OrderTimers.TimerSchedule timers;
    private final OrderViews views;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    OrderTransitions(OrderRepository orders, ProcessCatalog processes, PaymentSteps payments, StockReservations stock,
            dev.agora.listings.ServiceSlots slots, OrderTimers.TimerSchedule timers, OrderViews views, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock, dev.agora.listings.RentalCalendar rentals) {
        this.rentals = rentals;
        this.orders = orders;
        this.processes = processes;
        this.payments = payments;
        this.stock = stock;
        this.slots = slots;
        this.timers = timers;
        this.views = views;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    OrderView byViewer(AccountId viewer, boolean operator, OrderId id, String name) {
        Planned planned = tx.execute(status -> {
            // perf (issue 6): locked, so a transition without provider calls moves in this same transaction
            Order order = orders.lockById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            Set<Actor> roles = order.rolesOf(viewer, operator);
            if (roles.isEmpty()) {
                throw new OrderNotFoundException(id.toString());
            }
            TransactionProcess process = process(order);
            var candidates = process.from(order.state()).stream().filter(t -> t.name().equals(name)).toList();
            if (candidates.isEmpty()) {
                throw InvalidInputException.of("transition", "orders.transition.not-now",
                        "'" + name + "' is not possible while the order is " + order.state());
            }
            Transition transition = candidates.stream()
                    .filter(t -> !t.timed() && roles.contains(t.actor()) && OrderViews.offered(order, t)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("transition", "orders.transition.not-yours",
                            "'" + name + "' is not yours to take"));
            if (transition.actions().stream().allMatch(Action.RELEASE_STOCK::equals)) {
                // perf (issue 6): nothing to ask the provider (hand-over, confirm-delivery): plan and move in one
                // transaction on the locked order instead of reading it again in a second one
                orders.findWithLinesAndStepsById(id.value()); // orders-lean: lines and steps of the locked order, one query
                return new Planned(null, transition, apply(order, transition, transition.actor(), null,
                        o -> views.of(o, viewer, operator)));
            }
            return new Planned(OrderSnapshot.of(order), transition, null);
        });
        if (planned.moved() != null) {
            return planned.moved();
        }
        // perf (issue 6): the view is read in the moving transaction, not in a third one
        return move(id, planned, planned.transition().actor(), order -> views.of(order, viewer, operator));
    }

    /** The platform's own transitions (a payment outcome); does nothing if the order has moved on. */
    void bySystem(OrderId id, String name) {
        bySystem(id, name, null, order -> null);
    }

    /**
     * As {@link #bySystem(OrderId, String)}, first applying {@code first} to the locked order in the planning
     * transaction (orders-lean: the authorisation is recorded there, not in a transaction of its own); returns what
     * {@code after} makes of the moved order in the moving transaction, or null if the order did not move.
     */
    <T> @Nullable T bySystem(OrderId id, String name, java.util.function.@Nullable Consumer<Order> first,
            java.util.function.Function<Order, T> after) {
        Planned planned = tx.execute(status -> {
            Order order = first == null ? orders.findById(id.value()).orElseThrow()
                    : orders.lockById(id.value()).orElse(null);
            if (order == null) {
                return null;
            }
            if (first != null) {
                first.accept(order);
            }
            return process(order).find(name, order.state()).filter(t -> t.actor() == Actor.SYSTEM && !t.timed())
                    .map(t -> new Planned(OrderSnapshot.of(order), t, null)).orElse(null);
        });
        return planned == null ? null : move(id, planned, Actor.SYSTEM, after);
    }

    /** A platform transition another module asks for (a handoff proven, a dispute decided); refused if not possible now. */
    OrderView byPlatform(OrderId id, String name) {
        Planned planned = tx.execute(status -> {
            Order order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            return process(order).find(name, order.state()).filter(t -> t.actor() == Actor.SYSTEM && !t.timed())
                    .map(t -> new Planned(OrderSnapshot.of(order), t, null))
                    .orElseThrow(() -> InvalidInputException.of("transition", "orders.transition.not-now",
                            "'" + name + "' is not possible while the order is " + order.state()));
        });
        return move(id, planned, Actor.SYSTEM, order -> views.of(order, OrderViews.PLATFORM, true));
    }

    /** Runs the timer of the order's current state if it is due at {@code now}; a stale or early call does nothing. */
    void runDueTimers(OrderId id, Instant now) {
        Planned planned = tx.execute(status -> orders.findById(id.value()).flatMap(order -> process(order)
                .timersFrom(order.state()).stream()
                .filter(t -> OrderViews.offered(order, t)) // issue 7: a rental's state has no auto-complete
                .filter(t -> !order.stateEnteredAt().plus(t.after()).isAfter(now))
                .findFirst().map(t -> new Planned(OrderSnapshot.of(order), t, null))).orElse(null));
        if (planned != null) {
            move(id, planned, Actor.SYSTEM, order -> null);
        }
    }

    /** Moves the order and returns what {@code after} makes of it, in the same transaction. */
    private <T> T move(OrderId id, Planned planned, Actor actor, java.util.function.Function<Order, T> after) {
        Transition transition = planned.transition();
        dev.agora.kernel.money.Money refunded = planned.order().refunded().minus(planned.order().refunded());
        for (Action action : transition.actions()) {
            refunded = refunded.plus(payments.perform(planned.order(), action));
        }
        var refundedNow = refunded;
        return tx.execute(status -> apply(orders.lockWithLinesAndStepsById(id.value()).orElseThrow(), transition, actor,
                refundedNow, after));
    }

    /** Takes the transition on the order locked by the current transaction, once its provider calls are done. */
    private <T> T apply(Order order, Transition transition, Actor actor, dev.agora.kernel.money.@Nullable Money refundedNow,
            java.util.function.Function<Order, T> after) {
        if (!order.state().equals(transition.from())) {
            if (order.state().equals(transition.to())) {
                return after.apply(order); // a retry of a transition that already happened
            }
            throw InvalidInputException.of("transition", "orders.transition.not-now",
                    "The order moved on to " + order.state());
        }
        TransactionProcess process = process(order);
        Instant now = clock.instant();
        order.take(process, transition, actor, now);
        if (refundedNow != null && refundedNow.isPositive()) {
            order.refunded(refundedNow);
        }
        if (transition.actions().contains(Action.RELEASE_STOCK)) {
            stock.release(order.listingId(), order.releaseStock());
        }
        if (process.isFinal(order.state()) && !order.state().equals("completed")) {
            slots.release(order.id().value()); // a booked slot's place is free again; no-op without one
            rentals.release(order.id().value()); // issue 6: a rental's days are free again; no-op without
        }
        scheduleTimers(order, process, now);
        publish(order, process, now);
        return after.apply(order);
    }

    void scheduleTimers(Order order, TransactionProcess process, Instant enteredAt) {
        process.timersFrom(order.state()).stream().filter(t -> OrderViews.offered(order, t)).map(t -> enteredAt.plus(t.after())).min(Instant::compareTo)
                .ifPresent(due -> timers.at(order.id(), order.steps().size(), due));
    }

    private void publish(Order order, TransactionProcess process, Instant now) {
        var last = order.steps().getLast().view();
        events.publishEvent(new OrderTransitioned(order.id(), order.buyerId(), order.sellerId(), order.processName(),
                last.transition(), last.from(), last.to(), last.actor(), process.isFinal(order.state()),
                order.steps().size(), now, order.listingTitle()));
        // orders-events: the values listeners used to read the order back for (no personal data: the courier
        // address stays in the order)
        if (order.state().equals("paid")) {
            events.publishEvent(new OrderPaid(order.id(), order.buyerTotal(), now, order.listingId(), order.listingTitle(),
                    order.buyerId(), order.sellerId(), order.delivery().method()));
        } else if (order.state().equals("completed")) {
            events.publishEvent(new OrderCompleted(order.id(), order.sellerId(), order.sellerNet(), now, order.listingId(),
                    order.listingTitle(), order.buyerId()));
        } else if (process.isFinal(order.state())) {
            events.publishEvent(new OrderCancelled(order.id(), order.state(), order.steps().getLast().view().transition(), now));
        }
    }

    private TransactionProcess process(Order order) {
        return processes.get(order.processName(), order.processVersion());
    }

    /** What the planning transaction decided: the order and transition to move, or the view if it moved already. */
    private record Planned(@Nullable OrderSnapshot order, Transition transition, @Nullable OrderView moved) {}
}
