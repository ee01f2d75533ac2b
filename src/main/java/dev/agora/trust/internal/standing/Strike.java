package dev.agora.trust.internal.standing;

import java.time.Instant;

/** A strike against a seller: SELLER_CANCELLATION, LATE_HANDOFF or DISPUTE_LOST; it counts until it expires. */
public record Strike(String kind, String sourceKey, Instant at, Instant expiresAt) {}
