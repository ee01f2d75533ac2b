package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.messaging.MessageReported;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A recipient reports a message to the moderators (trust listens to {@link MessageReported}). */
@Component
class MessageReports {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageReports(ConversationStore conversations, MessageStore messages, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The report's id; reporting the same message again returns the first report. */
    UUID report(AccountId reporter, UUID messageId, String reason) {
        MessageStore.Stored message = messages.find(messageId)
                .filter(found -> found.recipient().equals(reporter))
                .orElseThrow(() -> InvalidInputException.of("message", "report.unknown-message", "you can only report messages you received"));
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw InvalidInputException.of("reason", "report.reason", "say in up to 500 characters what is wrong");
        }
        return conversations.report(messageId, reporter).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            conversations.insertReport(id, messageId, reporter, text, now);
            events.publishEvent(new MessageReported(UUID.randomUUID(), id, messageId, message.view().conversationId(),
                    reporter, message.view().senderId(), text, now));
            return id;
        });
    }
}
