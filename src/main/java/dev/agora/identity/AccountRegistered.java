package dev.agora.identity;

import java.time.Instant;

/** A new member signed up; their email is not verified yet. */
public record AccountRegistered(AccountId accountId, String email, String displayName, Instant occurredAt) {}
