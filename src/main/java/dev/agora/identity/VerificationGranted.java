package dev.agora.identity;

import java.time.Instant;
import java.util.UUID;

/** A member reached a verification level (phone confirmed, ID or business accepted). */
public record VerificationGranted(UUID eventId, AccountId accountId, VerificationLevel level, Instant occurredAt) {}
