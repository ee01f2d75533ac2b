package dev.agora.fulfillment.internal;

import static dev.agora.fulfillment.internal.HandoffCore.requireOrderState;

import dev.agora.fulfillment.ItemDelivered;
import dev.agora.fulfillment.ItemPickedUp;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderView;
import org.springframework.stereotype.Service;

/** Meetups: the buyer shows the one-time code, the seller enters it; five wrong tries lock it and alert both. */
@Service
public class MeetupCodes {

    private final HandoffCore core;
    private final Handoffs handoffs;

    MeetupCodes(HandoffCore core, Handoffs handoffs) {
        this.core = core;
        this.handoffs = handoffs;
    }

    /** The seller enters the buyer's code at the meetup: proves the handoff and the delivery at once. */
    public HandoffView meetupCode(Member me, OrderId id, String code) {
        OrderView order = core.visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("code", "fulfillment.code.seller", "The seller enters the buyer's code");
        }
        Handoff handoff = core.handoff(id);
        if (handoff.method() != DeliveryMethod.MEETUP) {
            throw InvalidInputException.of("code", "fulfillment.code.not-meetup", "This order is not handed over at a meetup");
        }
        requireOrderState(order, "paid");
        core.checkCode(id, code);
        core.orders.transitionAsPlatform(id, "met");
        core.orders.transitionAsPlatform(id, "delivered");
        core.tx.executeWithoutResult(status -> {
            Handoff locked = core.handoffs.lockById(id.value()).orElseThrow();
            locked.delivered();
            core.record(id, "met", "handoff code", null);
            core.events.publishEvent(new ItemPickedUp(id, locked.buyerId(), locked.sellerId(), "MEETUP", core.clock.instant()));
            core.events.publishEvent(new ItemDelivered(id, locked.buyerId(), locked.sellerId(), "MEETUP", core.clock.instant()));
        });
        return handoffs.view(me, id);
    }
}
