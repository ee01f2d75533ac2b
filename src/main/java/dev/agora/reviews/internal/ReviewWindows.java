package dev.agora.reviews.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.agora.orders.OrderCompleted;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the review window of a completed order: on {@link OrderCompleted}, or on a first review if that event is
 * still on its way. Opening also schedules the closing timer (one db-scheduler task per order at
 * {@code closes_at}); both are idempotent.
 */
@Component
class ReviewWindows {

    static final String COMPLETED = "completed";

    private final OrderManagement orders;
    private final ReviewStore store;
    private final ReviewsSettings settings;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> closingTask;

    ReviewWindows(OrderManagement orders, ReviewStore store, ReviewsSettings settings, @Lazy SchedulerClient scheduler,
            @Lazy OneTimeTask<Void> reviewWindowClosingTask) {
        this.orders = orders;
        this.store = store;
        this.settings = settings;
        this.scheduler = scheduler;
        this.closingTask = reviewWindowClosingTask;
    }

    @ApplicationModuleListener
    void on(OrderCompleted event) {
        // orders-events: the event carries the listing and the buyer, and was published at the completing step, so
        // the window opens without reading the order; a publication stored before it did reads the order
        if (!event.summarised()) {
            open(event.orderId());
            return;
        }
        if (store.window(event.orderId()).isEmpty()) {
            store(new ReviewWindow(event.orderId(), Objects.requireNonNull(event.listingId()),
                    Objects.requireNonNull(event.listingTitle()), Objects.requireNonNull(event.buyerId()),
                    event.sellerId(), event.occurredAt(), event.occurredAt().plus(settings.window()), null));
        }
    }

    /** Whether the member is the buyer or the seller of the order (any state). */
    boolean isParty(dev.agora.identity.AccountId member, OrderId id) {
        try {
            OrderView order = orders.get(id);
            return order.buyerId().equals(member) || order.sellerId().equals(member);
        } catch (OrderNotFoundException e) {
            return false;
        }
    }

    /** The order's window, opened now if the order is completed; empty for orders that are not (yet) completed. */
    @Transactional
    Optional<ReviewWindow> open(OrderId id) {
        Optional<ReviewWindow> existing = store.window(id);
        if (existing.isPresent()) {
            return existing;
        }
        OrderView order;
        try {
            order = orders.get(id);
        } catch (OrderNotFoundException e) {
            return Optional.empty();
        }
        if (!COMPLETED.equals(order.state())) {
            return Optional.empty();
        }
        Instant completedAt = order.timeline().stream()
                .filter(step -> COMPLETED.equals(step.to()))
                .map(OrderView.Step::at)
                .max(Comparator.naturalOrder())
                .orElse(order.stateEnteredAt());
        return store(new ReviewWindow(id, order.listingId(), order.listingTitle(), order.buyerId(),
                order.sellerId(), completedAt, completedAt.plus(settings.window()), null));
    }

    private Optional<ReviewWindow> store(ReviewWindow window) {
        boolean stored = store.openWindow(window);
        scheduler.scheduleIfNotExists(closingTask.instance(window.orderId().toString()), window.closesAt());
        // orders-lean: the window just stored is the one built here (its times come from the stored order); only
        // if another listener stored it first is it read
        return stored ? Optional.of(window) : store.window(window.orderId());
    }
}
