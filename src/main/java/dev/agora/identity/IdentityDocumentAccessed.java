package dev.agora.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone or something touched a member's identity document: stored, read by the KYC provider, opened by staff,
 * or deleted after the retention period. Published in the same transaction as the access so the trust module's
 * audit log records every one of them (identity sits below trust and cannot call it).
 *
 * @param actor the staff member, or null for the platform (upload by the member, KYC check, retention job)
 * @param action {@code stored}, {@code sent-to-provider}, {@code opened}, {@code deleted}, and staff decisions
 *     {@code approved} / {@code rejected} (issue 9)
 */
public record IdentityDocumentAccessed(UUID eventId, UUID checkId, AccountId owner, @Nullable AccountId actor,
        String action, String reason, Instant occurredAt) {}
