package dev.agora.listings;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * Staff added or removed a verification requirement ({@code change}: {@code added} or {@code removed};
 * {@code rule} describes it). Published inside the change's transaction so the audit log records it with it.
 */
public record VerificationRequirementChanged(UUID eventId, AccountId staff, UUID requirementId, String change,
        String rule, String reason, Instant occurredAt) {}
