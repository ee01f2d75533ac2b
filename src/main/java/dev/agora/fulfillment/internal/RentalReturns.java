package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PriceUnit;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rental returns (request-to-book version 3). When a rental starts, its return is due at the end of the rental period
 * (booked start, or the actual start, plus the booked hours, days or nights) and a persistent timer is set for the
 * due time plus {@code agora.fulfillment.rental.return-grace}. The seller (or staff) confirms the return: each started
 * day after the due time costs {@code rental.late-fee-per-day}, at most the deposit; orders refunds the rest of the
 * deposit to the buyer and releases price and late fee to the seller. Not back when the timer fires: the order goes
 * to operator review (a late return can still be confirmed there).
 */
@Service
public class RentalReturns {

    static final String TASK = "rental-return-by";

    private final RentalReturnRepository returns;
    private final OrderManagement orders;
    private final ListingManagement listings;
    private final SchedulerClient scheduler;
    private final FulfillmentSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    RentalReturns(RentalReturnRepository returns, OrderManagement orders, ListingManagement listings,
            @Lazy SchedulerClient scheduler, FulfillmentSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.listings = listings;
        this.scheduler = scheduler;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What the parties see of a return. */
    public record ReturnView(String orderId, String listingTitle, String status, Instant dueAt, Money deposit,
            int daysLate, Money lateFee, @Nullable Instant returnedAt, String orderState, boolean canConfirm) {}

    /** A rental started: open its return (once) and set the return-by timer. Not a rental with returns: nothing. */
    void started(OrderId id, Instant startedAt) {
        OrderView order = orders.get(id);
        if (!order.process().equals("request-to-book") || order.processVersion() < 3) {
            return;
        }
        ListingView listing = listings.find(order.listingId()).orElse(null);
        if (listing == null || listing.type() != ListingType.RENTAL) {
            return;
        }
        Instant start = order.startsAt() != null && order.startsAt().isAfter(startedAt) ? order.startsAt() : startedAt;
        Instant due = start.plus(period(listing.priceUnit(), order.quantity()));
        tx.executeWithoutResult(status -> {
            if (returns.existsById(id.value())) {
                return;
            }
            returns.save(new RentalReturn(id, order.buyerId(), order.sellerId(), due, order.quote().deposit(), clock.instant()));
            scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, id.toString()), due.plus(settings.rental().returnGrace()));
        });
    }

    static Duration period(PriceUnit unit, long quantity) {
        return switch (unit) {
            case PER_HOUR -> Duration.ofHours(quantity);
            case PER_DAY, PER_NIGHT -> Duration.ofDays(quantity);
            case FIXED -> Duration.ZERO;
        };
    }

    public ReturnView view(Member me, OrderId id) {
        OrderView order = orders.find(me.id(), me.isStaff(), id);
        RentalReturn found = returns.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
        return view(found, order, me);
    }

    /** The seller (or staff) confirms the item is back: the late fee is fixed and the order settles the deposit. */
    public ReturnView confirm(Member me, OrderId id) {
        OrderView order = orders.find(me.id(), me.isStaff(), id);
        if (!order.sellerId().equals(me.id()) && !me.isStaff()) {
            throw InvalidInputException.of("order", "fulfillment.return.seller", "The seller confirms the return");
        }
        Money fee = tx.execute(status -> {
            RentalReturn locked = returns.lockById(id.value()).orElseThrow(() -> InvalidInputException.of("order",
                    "fulfillment.return.none", "This order has no return (not a rental, or not started yet)"));
            return locked.returned(clock.instant(), me.isStaff() ? "staff" : "seller",
                    Money.of(settings.rental().lateFeePerDay(), locked.deposit().currencyCode()));
        });
        orders.returnRental(id, fee);
        tx.executeWithoutResult(status -> returns.lockById(id.value()).orElseThrow().settled());
        return view(me, id);
    }

    /** The return-by timer: not back by the deadline plus grace, so an operator reviews the order. */
    void checkOverdue(OrderId id) {
        Boolean overdue = tx.execute(status -> returns.lockById(id.value()).map(RentalReturn::overdue).orElse(false));
        if (Boolean.TRUE.equals(overdue)) {
            try {
                orders.transitionAsPlatform(id, "return-overdue");
            } catch (InvalidInputException movedOn) {
                // disputed or refunded meanwhile: the order is already with someone who decides
            }
        }
    }

    private static ReturnView view(RentalReturn r, OrderView order, Member me) {
        boolean open = r.status() != RentalReturn.Status.RETURNED;
        return new ReturnView(r.orderId().toString(), order.listingTitle(), r.status().name(), r.dueAt(), r.deposit(),
                r.daysLate(), r.lateFee(), r.returnedAt(), order.state(),
                open && (order.sellerId().equals(me.id()) || me.isStaff()));
    }
}
