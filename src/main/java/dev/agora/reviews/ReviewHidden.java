package dev.agora.reviews;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * Staff hid a review for a policy breach. Published in the hiding transaction so the trust module records it in
 * its audit log atomically (reviews sits below trust and cannot call it).
 */
public record ReviewHidden(UUID eventId, UUID reviewId, AccountId staff, AccountId subjectId, String reason,
        Instant occurredAt) {}
