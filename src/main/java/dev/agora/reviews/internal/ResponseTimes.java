package dev.agora.reviews.internal;

import static dev.agora.reviews.internal.ReviewStore.utc;

import dev.agora.identity.AccountId;
import dev.agora.messaging.MessageSent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How fast a member answers: per conversation, the time from its first message to the other side's first reply,
 * fed by messaging's {@link MessageSent} events. The first message opens the row; the responder's first message
 * closes it (later messages and replays change nothing, so the listener is idempotent).
 */
@Component
class ResponseTimes {

    private final JdbcClient jdbc;
    private final ReviewsSettings settings;

    ResponseTimes(JdbcClient jdbc, ReviewsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        record(sent);
    }

    /** The listener's work, in the caller's thread (the listener itself runs asynchronously after commit). */
    void record(MessageSent sent) {
        Optional<Opened> opened = jdbc.sql("SELECT responder_id, opened_at, replied_at FROM reviews_response_times "
                        + "WHERE conversation_id = ?")
                .param(sent.conversationId().value())
                .query((rs, row) -> new Opened(new AccountId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class) != null))
                .optional();
        if (opened.isEmpty()) {
            // the same first message delivered twice: the first insert stands
            jdbc.sql("INSERT INTO reviews_response_times (conversation_id, opener_id, responder_id, opened_at) "
                            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(sent.conversationId().value(), sent.senderId().value(), sent.recipientId().value(),
                            utc(sent.occurredAt()))
                    .update();
        } else if (!opened.get().replied() && opened.get().responder().equals(sent.senderId())) {
            long seconds = Math.max(0, Duration.between(opened.get().at(), sent.occurredAt()).toSeconds());
            jdbc.sql("UPDATE reviews_response_times SET replied_at = ?, reply_seconds = ? "
                            + "WHERE conversation_id = ? AND replied_at IS NULL")
                    .params(utc(sent.occurredAt()), seconds, sent.conversationId().value()).update();
        }
    }

    private record Opened(AccountId responder, Instant at, boolean replied) {}

    /** The median first-reply time over the member's recent answered conversations, when there are enough. */
    Optional<Duration> medianOf(AccountId responder) {
        List<Long> seconds = jdbc.sql("SELECT reply_seconds FROM reviews_response_times WHERE responder_id = ? "
                        + "AND replied_at IS NOT NULL ORDER BY replied_at DESC LIMIT ?")
                .params(responder.value(), settings.responseSample()).query(Long.class).list();
        if (seconds.size() < Math.max(1, settings.responseBadgeMinReplies())) {
            return Optional.empty();
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Optional.of(Duration.ofSeconds(median));
    }
}
