package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import dev.agora.notifications.NotificationView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications and preferences in portable SQL. */
@Repository
class NotificationStore {

    record Recipient(UUID notificationId, AccountId recipient, NotificationCategory category, String text, String link) {}

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless this event already notified this member; returns the new id when inserted. */
    Optional<UUID> insert(AccountId recipient, NotificationCategory category, String text, String link, UUID sourceEvent,
            Instant now) {
        // orders-lean: one statement; the unique (source_event_id, recipient_id) turns a redelivery into no row
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("INSERT INTO notifications_items (id, recipient_id, category, text, link, source_event_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(id, recipient.value(), category.name(), text, link, sourceEvent, utc(now)).update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    List<NotificationView> newest(AccountId recipient, int limit) {
        return jdbc.sql("SELECT * FROM notifications_items WHERE recipient_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(recipient.value(), limit).query(NotificationStore::view).list();
    }

    long unread(AccountId recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_items WHERE recipient_id = ? AND read_at IS NULL")
                .param(recipient.value()).query(Long.class).single();
    }

    int markRead(AccountId recipient, UUID id, Instant now) {
        return jdbc.sql("UPDATE notifications_items SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL")
                .params(utc(now), id, recipient.value()).update();
    }

    int markAllRead(AccountId recipient, Instant now) {
        return jdbc.sql("UPDATE notifications_items SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
                .params(utc(now), recipient.value()).update();
    }

    Optional<Recipient> find(UUID id) {
        return jdbc.sql("SELECT * FROM notifications_items WHERE id = ?").param(id)
                .query((rs, row) -> new Recipient(id, new AccountId(rs.getObject("recipient_id", UUID.class)),
                        NotificationCategory.valueOf(rs.getString("category")), rs.getString("text"), rs.getString("link")))
                .optional();
    }

    boolean enabled(AccountId account, NotificationCategory category, Channel channel) {
        return jdbc.sql("SELECT enabled FROM notifications_preferences WHERE account_id = ? AND category = ? AND channel = ?")
                .params(account.value(), category.name(), channel.name()).query(Boolean.class).optional()
                .orElse(channel.onByDefault());
    }

    /** perf (issue 6): every channel's choice for one category in one query, defaults for those never chosen. */
    java.util.Set<Channel> enabledChannels(AccountId account, NotificationCategory category) {
        java.util.Map<Channel, Boolean> chosen = new java.util.EnumMap<>(Channel.class);
        jdbc.sql("SELECT channel, enabled FROM notifications_preferences WHERE account_id = ? AND category = ?")
                .params(account.value(), category.name())
                .query(rs -> {
                    chosen(rs, chosen);
                });
        return enabled(chosen);
    }

    /**
     * orders-lean: the channels a notification goes to now: those enabled, without Web Push while the member has no
     * push subscription. One query instead of the preferences and then a count of subscriptions.
     */
    java.util.Set<Channel> deliverableChannels(AccountId account, NotificationCategory category) {
        java.util.Map<Channel, Boolean> chosen = new java.util.EnumMap<>(Channel.class);
        boolean[] subscribed = {false};
        jdbc.sql("""
                SELECT channel, enabled FROM notifications_preferences WHERE account_id = ? AND category = ?
                UNION ALL
                SELECT 'push-subscribed', COUNT(*) > 0 FROM notifications_push_subscriptions WHERE account_id = ?""")
                .params(account.value(), category.name(), account.value())
                .query(rs -> {
                    if ("push-subscribed".equals(rs.getString(1))) {
                        subscribed[0] = rs.getBoolean(2);
                    } else {
                        chosen(rs, chosen);
                    }
                });
        var deliverable = enabled(chosen);
        if (!subscribed[0]) {
            deliverable.remove(Channel.PUSH);
        }
        return deliverable;
    }

    private static void chosen(java.sql.ResultSet rs, java.util.Map<Channel, Boolean> chosen) throws java.sql.SQLException {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(rs.getString(1))) {
                chosen.put(channel, rs.getBoolean(2));
            }
        }
    }

    private static java.util.Set<Channel> enabled(java.util.Map<Channel, Boolean> chosen) {
        java.util.Set<Channel> enabled = java.util.EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (chosen.getOrDefault(channel, channel.onByDefault())) {
                enabled.add(channel);
            }
        }
        return enabled;
    }

    void choose(AccountId account, NotificationCategory category, Channel channel, boolean enabled) {
        int updated = jdbc.sql("UPDATE notifications_preferences SET enabled = ? WHERE account_id = ? AND category = ? AND channel = ?")
                .params(enabled, account.value(), category.name(), channel.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notifications_preferences (account_id, category, channel, enabled) VALUES (?, ?, ?, ?)")
                    .params(account.value(), category.name(), channel.name(), enabled).update();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new NotificationView(rs.getObject("id", UUID.class), NotificationCategory.valueOf(rs.getString("category")),
                rs.getString("text"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }
}
