package dev.agora.messaging.internal;

import dev.agora.identity.AccountErased;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messaging and data protection: a member's conversations and messages in their export; on account erasure the
 * texts they wrote are removed (the other participant keeps their own messages and sees a removed one), their
 * blocks and report texts go; and a daily retention job deletes messages older than {@code agora.retention.messages}.
 */
@Component
class MessagingPrivacy implements PersonalDataSource {

    static final String REMOVED = "";
    private static final Logger log = LoggerFactory.getLogger(MessagingPrivacy.class);

    private final JdbcClient jdbc;

    MessagingPrivacy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "messages";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(UUID accountId) {
        List<Map<String, Object>> conversations = jdbc.sql("""
                SELECT id, listing_id, listing_title, buyer_id, seller_id, created_at, last_message_at
                FROM messaging_conversations WHERE buyer_id = :me OR seller_id = :me ORDER BY created_at""")
                .param("me", accountId).query().listOfRows();
        List<Map<String, Object>> result = conversations.stream().map(conversation -> {
            Map<String, Object> entry = new LinkedHashMap<>(conversation);
            entry.put("messages", jdbc.sql("""
                    SELECT id, sender_id, recipient_id, body, contact_masked, sent_at, read_at FROM messaging_messages
                    WHERE conversation_id = ? ORDER BY seq""").param(conversation.get("id")).query().listOfRows());
            return entry;
        }).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversations", result);
        data.put("blocked", jdbc.sql("SELECT blocked_id, created_at FROM messaging_blocks WHERE blocker_id = ?")
                .param(accountId).query().listOfRows());
        data.put("reports", jdbc.sql("SELECT message_id, reason, created_at FROM messaging_reports WHERE reporter_id = ?")
                .param(accountId).query().listOfRows());
        return PersonalData.of(data);
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        UUID member = erased.accountId().value();
        int redacted = jdbc.sql("UPDATE messaging_messages SET body = ? WHERE sender_id = ?").params(REMOVED, member).update();
        jdbc.sql("DELETE FROM messaging_blocks WHERE blocker_id = :m OR blocked_id = :m").param("m", member).update();
        jdbc.sql("UPDATE messaging_reports SET reason = '' WHERE reporter_id = ?").param(member).update();
        log.info("Erasure: removed the texts of {} messages by {}", redacted, member);
    }

    /** Deletes messages sent before {@code cutoff} (with reports on them); conversations stay, possibly empty. */
    static int deleteOlderThan(JdbcClient jdbc, Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        jdbc.sql("DELETE FROM messaging_reports WHERE message_id IN (SELECT id FROM messaging_messages WHERE sent_at < ?)")
                .param(before).update();
        int deleted = jdbc.sql("DELETE FROM messaging_messages WHERE sent_at < ?").param(before).update();
        log.info("Retention: deleted {} messages sent before {}", deleted, cutoff);
        return deleted;
    }
}
