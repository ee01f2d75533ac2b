package dev.agora.messaging;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message as both participants see it; {@code seq} orders messages and is the real-time cursor. A message
 * moderation removed ({@code removedByModerator}) has no text and no image.
 */
public record MessageView(
        long seq,
        UUID id,
        ConversationId conversationId,
        AccountId senderId,
        String body,
        boolean contactMasked,
        Instant sentAt,
        @Nullable Instant readAt,
        @Nullable UUID attachmentId,
        boolean removedByModerator) {

    /** The attached image's address (participants only), or null. */
    public @Nullable String attachmentUrl(String size) {
        return attachmentId == null ? null : "/inbox/" + conversationId + "/attachments/" + attachmentId + "-" + size + ".jpg";
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean sentBy(AccountId member) {
        return senderId.equals(member);
    }
}
