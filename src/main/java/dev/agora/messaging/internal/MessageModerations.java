package dev.agora.messaging.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.messaging.MessageModeration;
import dev.agora.messaging.MessageView;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes and restores single messages for moderation (issue 9); the text stays stored for an appeal. */
@Service
@Transactional
class MessageModerations implements MessageModeration {

    private final MessageStore messages;
    private final Clock clock;

    MessageModerations(MessageStore messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public MessageView remove(UUID messageId) {
        MessageView before = messages.find(messageId).map(MessageStore.Stored::view).orElseThrow(() ->
                InvalidInputException.of("subjectId", "trust.moderation.unknown", "No such message"));
        messages.markRemoved(messageId, clock.instant());
        return before;
    }

    @Override
    public void restore(UUID messageId) {
        messages.markRemoved(messageId, null);
    }
}
