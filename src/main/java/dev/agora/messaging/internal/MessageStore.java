package dev.agora.messaging.internal;

import static dev.agora.messaging.internal.ConversationStore.utc;

import dev.agora.identity.AccountId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.MessageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages; {@code seq} is assigned by the database and orders a conversation. */
@Repository
class MessageStore {

    private static final String COLUMNS = "SELECT seq, id, conversation_id, sender_id, recipient_id, body, contact_masked, "
            + "sent_at, read_at, attachment_id, removed_at FROM messaging_messages ";

    record Stored(MessageView view, AccountId recipient) {}

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MessageView insert(UUID id, ConversationId conversation, AccountId sender, AccountId recipient, String body,
            boolean masked, Instant now) {
        return insert(id, conversation, sender, recipient, body, masked, now, null);
    }

    MessageView insert(UUID id, ConversationId conversation, AccountId sender, AccountId recipient, String body,
            boolean masked, Instant now, @org.jspecify.annotations.Nullable UUID attachment) {
        jdbc.sql("INSERT INTO messaging_messages (id, conversation_id, sender_id, recipient_id, body, contact_masked, sent_at, "
                        + "attachment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, conversation.value(), sender.value(), recipient.value(), body, masked, utc(now), attachment)
                .update();
        return find(id).orElseThrow().view();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(MessageStore::stored).optional();
    }

    List<MessageView> after(ConversationId conversation, long afterSeq) {
        return jdbc.sql(COLUMNS + "WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT 500")
                .params(conversation.value(), afterSeq).query(MessageStore::stored).list()
                .stream().map(Stored::view).toList();
    }

    /** Messages sent since {@code since}, for the real-time feed (which removes those it already pushed). */
    List<Stored> sentSince(Instant since) {
        return jdbc.sql(COLUMNS + "WHERE sent_at >= ? ORDER BY seq LIMIT 1000").param(utc(since))
                .query(MessageStore::stored).list();
    }

    /** The conversation an attachment was sent in, to check who may see it. */
    Optional<ConversationId> conversationOfAttachment(UUID attachment) {
        return jdbc.sql("SELECT conversation_id FROM messaging_messages WHERE attachment_id = ? AND removed_at IS NULL").param(attachment)
                .query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class))).optional();
    }

    /** Moderation removes (or, on appeal, restores) a message; returns whether anything changed. */
    boolean markRemoved(UUID id, @org.jspecify.annotations.Nullable Instant removedAt) {
        if (removedAt == null) {
            return jdbc.sql("UPDATE messaging_messages SET removed_at = NULL WHERE id = ? AND removed_at IS NOT NULL")
                    .param(id).update() > 0;
        }
        return jdbc.sql("UPDATE messaging_messages SET removed_at = ? WHERE id = ? AND removed_at IS NULL")
                .params(utc(removedAt), id).update() > 0;
    }

    int markRead(ConversationId conversation, AccountId reader, Instant now) {
        return jdbc.sql("UPDATE messaging_messages SET read_at = ? WHERE conversation_id = ? AND recipient_id = ? AND read_at IS NULL")
                .params(utc(now), conversation.value(), reader.value()).update();
    }

    int maskedAttemptsSince(AccountId sender, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM messaging_messages WHERE sender_id = ? AND contact_masked = TRUE AND sent_at >= ?")
                .params(sender.value(), utc(since)).query(Integer.class).single();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        boolean removed = rs.getObject("removed_at", OffsetDateTime.class) != null;
        var view = new MessageView(rs.getLong("seq"), rs.getObject("id", UUID.class),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new AccountId(rs.getObject("sender_id", UUID.class)), removed ? "" : rs.getString("body"),
                !removed && rs.getBoolean("contact_masked"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant(),
                removed ? null : rs.getObject("attachment_id", UUID.class), removed);
        return new Stored(view, new AccountId(rs.getObject("recipient_id", UUID.class)));
    }
}
