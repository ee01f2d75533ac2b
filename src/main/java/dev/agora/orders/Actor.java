package dev.agora.orders;

/** Who may take a transition; {@code SYSTEM} is the platform itself (payment callbacks, timers). */
public enum Actor {
    BUYER,
    SELLER,
    OPERATOR,
    SYSTEM
}
