package dev.agora.orders;

import dev.agora.identity.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published for every transition an order takes, beside the milestone events ({@link OrderPaid},
 * {@link OrderCompleted}, {@link OrderCancelled}); notifications, fulfillment and analytics follow orders by it.
 * {@code step} counts the order's transitions from 1 and, with the order id, identifies the event.
 *
 * <p>{@code listingTitle} (the title copied at checkout) spares listeners a read of the order; it is null only in
 * publications stored before it was added, and a listener then reads the order as before.
 */
public record OrderTransitioned(OrderId orderId, AccountId buyerId, AccountId sellerId, String process,
        String transition, String from, String to, Actor actor, boolean finished, int step, Instant occurredAt,
        @Nullable String listingTitle) {}
