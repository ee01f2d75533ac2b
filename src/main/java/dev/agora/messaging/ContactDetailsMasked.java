package dev.agora.messaging;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Contact details were found in a message before the order was paid. {@code attempts} counts the sender's
 * attempts in the last 30 days; {@code flagged} is true once that reaches the operator's threshold, which is
 * the trust module's cue to look at the member.
 */
public record ContactDetailsMasked(
        UUID eventId,
        UUID messageId,
        ConversationId conversationId,
        AccountId senderId,
        Set<String> kinds,
        int attempts,
        boolean flagged,
        Instant occurredAt) {}
