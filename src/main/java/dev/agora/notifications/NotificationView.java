package dev.agora.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a member's notification centre. */
public record NotificationView(UUID id, NotificationCategory category, String text, String link, Instant createdAt,
        @Nullable Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
