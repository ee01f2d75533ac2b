package dev.agora.messaging.internal.api;

import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's JSON shapes: ids as plain strings. */
final class Json {

    private Json() {}

    record Conversation(String id, String listingId, String listingTitle, String buyerId, String sellerId,
            boolean contactAllowed, Instant lastMessageAt, long unread, @Nullable String orderId) {

        static Conversation of(ConversationView c) {
            return new Conversation(c.id().toString(), c.listingId().toString(), c.listingTitle(), c.buyerId().toString(),
                    c.sellerId().toString(), c.contactAllowed(), c.lastMessageAt(), c.unread(),
                    c.orderId() == null ? null : c.orderId().toString());
        }

        static List<Conversation> of(List<ConversationView> all) {
            return all.stream().map(Conversation::of).toList();
        }
    }

    record Message(long seq, String id, String conversationId, String senderId, String body, boolean contactMasked,
            Instant sentAt, @Nullable Instant readAt, @Nullable String image, @Nullable String thumbnail,
            boolean removedByModerator) {

        static Message of(MessageView m) {
            return new Message(m.seq(), m.id().toString(), m.conversationId().toString(), m.senderId().toString(), m.body(),
                    m.contactMasked(), m.sentAt(), m.readAt(), m.attachmentUrl("large"), m.attachmentUrl("small"),
                    m.removedByModerator());
        }
    }
}
