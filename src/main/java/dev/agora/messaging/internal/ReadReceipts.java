package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageView;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reading marks a conversation's messages to the reader as read; the inbox counts what is still unread. */
@Component
class ReadReceipts {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ConversationAccess access;
    private final Clock clock;

    ReadReceipts(ConversationStore conversations, MessageStore messages, ConversationAccess access, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    /** Messages after {@code afterSeq} (0 for all), oldest first, with those to the reader marked read. */
    List<MessageView> read(AccountId reader, ConversationId id, long afterSeq) {
        access.participantOf(id, reader);
        messages.markRead(id, reader, clock.instant());
        return messages.after(id, afterSeq);
    }

    List<ConversationView> inbox(AccountId member) {
        return conversations.of(member);
    }

    long unreadCount(AccountId member) {
        return conversations.unreadCount(member);
    }
}
