package dev.agora.identity;

import java.time.Instant;

/**
 * A member's account was deleted at their request: every module erases or pseudonymises the personal data it
 * keeps about {@code accountId} (names, texts, photos, addresses, contact details) and keeps what the law
 * requires (ledger entries, tax figures) under the bare id. Listeners are idempotent.
 */
public record AccountErased(AccountId accountId, Instant occurredAt) {}
