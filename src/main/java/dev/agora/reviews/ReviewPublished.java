package dev.agora.reviews;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.UUID;

/** A review became visible: both sides reviewed or the review window closed. */
public record ReviewPublished(UUID eventId, UUID reviewId, OrderId orderId, AccountId authorId, AccountId subjectId,
        ReviewerRole authorRole, int rating, Instant occurredAt) {}
