package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import java.time.Instant;
import java.util.List;

/** An order as pages and the API see it, with the transitions the viewer may take now. */
public record OrderView(
        OrderId id,
        ListingId listingId,
        String listingTitle,
        AccountId buyerId,
        AccountId sellerId,
        String process,
        int processVersion,
        String state,
        boolean finished,
        long quantity,
        Quote quote,
        List<Step> timeline,
        List<String> availableTransitions,
        Instant placedAt,
        Instant stateEnteredAt,
        DeliveryChoice delivery,
        // payouts helper: refunds so far, the commission version priced with, cancellation policy and booked start
        dev.agora.kernel.money.Money refunded,
        int commissionVersion,
        @org.jspecify.annotations.Nullable String cancellationPolicy,
        @org.jspecify.annotations.Nullable Instant startsAt) {

    /** One transition taken, for the timeline. */
    public record Step(String transition, String from, String to, Actor actor, Instant at) {}
}
