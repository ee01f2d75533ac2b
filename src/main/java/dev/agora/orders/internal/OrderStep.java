package dev.agora.orders.internal;

import dev.agora.orders.Actor;
import dev.agora.orders.OrderView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A transition the order took, for its timeline. */
@Embeddable
class OrderStep {

    private String transition;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    @Enumerated(EnumType.STRING)
    private Actor actor;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected OrderStep() {}

    OrderStep(String transition, String fromState, String toState, Actor actor, Instant takenAt) {
        this.transition = transition;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.takenAt = takenAt;
    }

    OrderView.Step view() {
        return new OrderView.Step(transition, fromState, toState, actor, takenAt);
    }
}
