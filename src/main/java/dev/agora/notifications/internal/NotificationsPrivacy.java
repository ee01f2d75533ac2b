package dev.agora.notifications.internal;

import dev.agora.identity.AccountErased;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.identity.PublicProfile;
import dev.agora.messaging.MessagingManagement;
import java.util.Locale;
import org.springframework.context.MessageSource;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's notifications and preferences in their export; on account erasure both are deleted, and event-feed
 * entries that name the account (a listing published by them carries its title) keep only their type and time.
 * Other members' "X sent you a message" notifications name the erased member: they are written again with the
 * pseudonym identity now shows.
 */
@Component
class NotificationsPrivacy implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final MessagingManagement messaging;
    private final IdentityManagement identity;
    private final MessageSource messages;

    NotificationsPrivacy(JdbcClient jdbc, MessagingManagement messaging, IdentityManagement identity, MessageSource messages) {
        this.jdbc = jdbc;
        this.messaging = messaging;
        this.identity = identity;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notifications", jdbc.sql("""
                SELECT id, category, text, link, created_at, read_at FROM notifications_items
                WHERE recipient_id = ? ORDER BY created_at""").param(accountId).query().listOfRows());
        data.put("preferences", jdbc.sql("SELECT category, channel, enabled FROM notifications_preferences WHERE account_id = ?")
                .param(accountId).query().listOfRows());
        data.put("pushDevices", jdbc.sql("SELECT endpoint, created_at FROM notifications_push_subscriptions WHERE account_id = ?")
                .param(accountId).query().listOfRows()); // issue 8
        return PersonalData.of(data);
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        UUID member = erased.accountId().value();
        jdbc.sql("""
                DELETE FROM notifications_deliveries WHERE notification_id IN
                  (SELECT id FROM notifications_items WHERE recipient_id = ?)""").param(member).update();
        // issue 8: queued pushes and the member's devices (push endpoints identify a browser) go too
        jdbc.sql("""
                DELETE FROM notifications_push_deliveries WHERE notification_id IN
                  (SELECT id FROM notifications_items WHERE recipient_id = ?)""").param(member).update();
        jdbc.sql("DELETE FROM notifications_push_subscriptions WHERE account_id = ?").param(member).update();
        jdbc.sql("DELETE FROM notifications_items WHERE recipient_id = ?").param(member).update();
        jdbc.sql("DELETE FROM notifications_preferences WHERE account_id = ?").param(member).update();
        renameInOthersMessageNotifications(erased);
        jdbc.sql("UPDATE notifications_feed SET payload = '{\"erased\":true}' WHERE payload LIKE ?")
                .param("%" + member + "%").update();
        jdbc.sql("UPDATE notifications_webhook_deliveries SET payload = '{\"erased\":true}' WHERE payload LIKE ?")
                .param("%" + member + "%").update();
    }

    private void renameInOthersMessageNotifications(AccountErased erased) {
        String pseudonym = identity.findProfile(erased.accountId()).map(PublicProfile::displayName).orElse("?");
        messaging.inbox(erased.accountId()).forEach(conversation -> {
            var other = conversation.otherThan(erased.accountId());
            Locale locale = identity.mailContact(other).map(MailContact::locale).orElse(Locale.ENGLISH);
            String text = messages.getMessage("notifications.text.message",
                    new Object[] {pseudonym, conversation.listingTitle()}, locale);
            jdbc.sql("UPDATE notifications_items SET text = ? WHERE recipient_id = ? AND category = 'MESSAGES' AND link = ?")
                    .params(text, other.value(), "/inbox/" + conversation.id()).update();
        });
    }
}
