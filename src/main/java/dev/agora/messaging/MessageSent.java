package dev.agora.messaging;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import java.time.Instant;
import java.util.UUID;

/** A message was delivered; {@code preview} is the start of the text as the recipient sees it (masked). */
public record MessageSent(
        UUID eventId,
        UUID messageId,
        ConversationId conversationId,
        ListingId listingId,
        String listingTitle,
        AccountId senderId,
        AccountId recipientId,
        String preview,
        Instant occurredAt) {}
