package dev.agora.trust.internal.standing;

import dev.agora.messaging.MessageSent;
import dev.agora.orders.Actor;
import dev.agora.orders.OrderTransitioned;
import dev.agora.trust.DisputeDecided;
import dev.agora.trust.internal.TrustSettings;
import java.time.Duration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recalculates seller standing from events, each counted once: completed orders, seller cancellations (a strike),
 * orders the platform ended because the seller did not hand over in time (a late handoff, a strike), disputes
 * lost (a strike), reply times in conversations.
 */
@Component
class StandingListeners {

    private final StandingStore store;
    private final TrustSettings settings;

    StandingListeners(StandingStore store, TrustSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    // perf (issue 6): only completions and finished paid orders count; the condition (checked before Spring Modulith
    // stores a publication) keeps the other transitions out of the registry. The body still checks them.
    @ApplicationModuleListener(condition = "#event.to() == 'completed' or (#event.finished() and #event.from() == 'paid')")
    void on(OrderTransitioned event) {
        if (!store.firstTime("order:" + event.orderId() + ":" + event.step(), event.occurredAt())) {
            return;
        }
        if (event.to().equals("completed")) {
            store.add(event.sellerId(), "completed", 1, event.occurredAt());
        } else if (event.actor() == Actor.SELLER && event.finished() && event.from().equals("paid")) {
            store.add(event.sellerId(), "cancelled_by_seller", 1, event.occurredAt());
            strike(event, "SELLER_CANCELLATION");
        } else if (event.actor() == Actor.SYSTEM && event.finished() && event.from().equals("paid")
                && !event.transition().startsWith("dispute")) {
            strike(event, "LATE_HANDOFF");
        }
    }

    @ApplicationModuleListener
    void on(DisputeDecided event) {
        if (event.sellerLost()) {
            store.strike(event.sellerId(), "DISPUTE_LOST", "dispute:" + event.disputeId(), event.occurredAt(),
                    event.occurredAt().plus(settings.levels().strikeLifetime()));
        }
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        if (!store.firstTime("message:" + event.eventId(), event.occurredAt())) {
            return;
        }
        store.turn(event.conversationId().value(), event.senderId(), event.occurredAt())
                .filter(previous -> !previous.sender().equals(event.senderId()))
                .ifPresent(previous -> {
                    long minutes = Math.max(0, Duration.between(previous.at(), event.occurredAt()).toMinutes());
                    store.add(event.senderId(), "replies", 1, event.occurredAt());
                    store.add(event.senderId(), "reply_minutes_total", minutes, event.occurredAt());
                });
    }

    private void strike(OrderTransitioned event, String kind) {
        store.strike(event.sellerId(), kind, "order:" + event.orderId() + ":" + event.step(), event.occurredAt(),
                event.occurredAt().plus(settings.levels().strikeLifetime()));
    }
}
