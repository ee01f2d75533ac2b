package dev.agora.messaging;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;

/** A member reported a message they received; the trust module reviews it. */
public record MessageReported(
        UUID eventId,
        UUID reportId,
        UUID messageId,
        ConversationId conversationId,
        AccountId reporterId,
        AccountId senderId,
        String reason,
        Instant occurredAt) {}
