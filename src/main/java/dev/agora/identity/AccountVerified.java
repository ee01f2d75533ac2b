package dev.agora.identity;

import java.time.Instant;

/** A member proved they own their email address by following the link mailed to it. */
public record AccountVerified(AccountId accountId, Instant occurredAt) {}
