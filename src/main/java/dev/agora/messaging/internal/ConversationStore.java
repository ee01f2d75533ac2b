package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationView;
import dev.agora.orders.OrderId;
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

/** Conversations, blocks and reports in SQL that runs on H2 and PostgreSQL alike. */
@Repository
class ConversationStore {

    private static final String SELECT = "SELECT c.*, (SELECT COUNT(*) FROM messaging_messages m WHERE m.conversation_id = c.id "
            + "AND m.recipient_id = :me AND m.read_at IS NULL) AS unread FROM messaging_conversations c ";

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConversationView> find(ConversationId id, AccountId me) {
        return jdbc.sql(SELECT + "WHERE c.id = :id").param("me", me.value()).param("id", id.value())
                .query(ConversationStore::view).optional();
    }

    Optional<ConversationView> find(ListingId listing, AccountId buyer) {
        return jdbc.sql(SELECT + "WHERE c.listing_id = :listing AND c.buyer_id = :me AND c.order_id IS NULL")
                .param("me", buyer.value()).param("listing", listing.value()).query(ConversationStore::view).optional();
    }

    List<ConversationView> of(AccountId me) {
        return jdbc.sql(SELECT + "WHERE c.buyer_id = :me OR c.seller_id = :me ORDER BY c.last_message_at DESC LIMIT 200")
                .param("me", me.value()).query(ConversationStore::view).list();
    }

    void insert(ConversationId id, ListingId listing, String title, String path, AccountId buyer, AccountId seller, Instant now) {
        jdbc.sql("INSERT INTO messaging_conversations (id, listing_id, listing_title, listing_path, buyer_id, seller_id, "
                        + "created_at, last_message_at, about_listing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)")
                .params(id.value(), listing.value(), title, path, buyer.value(), seller.value(), utc(now), utc(now)).update();
    }

    // --- issue 8: conversations per order

    Optional<ConversationView> find(OrderId order, AccountId me) {
        return jdbc.sql(SELECT + "WHERE c.order_id = :order").param("me", me.value()).param("order", order.value())
                .query(ConversationStore::view).optional();
    }

    boolean exists(OrderId order) {
        return jdbc.sql("SELECT COUNT(*) FROM messaging_conversations WHERE order_id = ?").param(order.value())
                .query(Long.class).single() > 0;
    }

    /** Opens the order's conversation unless it has one (a concurrent opener's insert wins, harmlessly). */
    void insertForOrder(OrderId order, ListingId listing, String title, String path, AccountId buyer, AccountId seller,
            boolean contactAllowed, Instant now) {
        jdbc.sql("INSERT INTO messaging_conversations (id, listing_id, listing_title, listing_path, buyer_id, seller_id, "
                        + "contact_allowed, created_at, last_message_at, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), listing.value(), title, path, buyer.value(), seller.value(), contactAllowed,
                        utc(now), utc(now), order.value())
                .update();
    }

    void allowContact(OrderId order) {
        jdbc.sql("UPDATE messaging_conversations SET contact_allowed = TRUE WHERE order_id = ?").param(order.value()).update();
    }

    /** The buyer's conversations about the listing: the one about it (order null) and those about orders of it. */
    List<ConversationView> about(ListingId listing, AccountId buyer, AccountId me) {
        return jdbc.sql(SELECT + "WHERE c.listing_id = :listing AND c.buyer_id = :buyer ORDER BY c.created_at")
                .param("me", me.value()).param("listing", listing.value()).param("buyer", buyer.value())
                .query(ConversationStore::view).list();
    }
    // --- end issue 8

    void touch(ConversationId id, Instant now) {
        jdbc.sql("UPDATE messaging_conversations SET last_message_at = ? WHERE id = ?").params(utc(now), id.value()).update();
    }

    void allowContact(ListingId listing, AccountId buyer) {
        jdbc.sql("UPDATE messaging_conversations SET contact_allowed = TRUE WHERE listing_id = ? AND buyer_id = ? AND order_id IS NULL")
                .params(listing.value(), buyer.value()).update();
    }

    long unreadCount(AccountId me) {
        return jdbc.sql("SELECT COUNT(*) FROM messaging_messages WHERE recipient_id = ? AND read_at IS NULL")
                .param(me.value()).query(Long.class).single();
    }

    boolean blocked(AccountId blocker, AccountId blocked) {
        return jdbc.sql("SELECT COUNT(*) FROM messaging_blocks WHERE blocker_id = ? AND blocked_id = ?")
                .params(blocker.value(), blocked.value()).query(Long.class).single() > 0;
    }

    void block(AccountId blocker, AccountId blocked, Instant now) {
        if (!blocked(blocker, blocked)) {
            jdbc.sql("INSERT INTO messaging_blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)")
                    .params(blocker.value(), blocked.value(), utc(now)).update();
        }
    }

    void unblock(AccountId blocker, AccountId blocked) {
        jdbc.sql("DELETE FROM messaging_blocks WHERE blocker_id = ? AND blocked_id = ?")
                .params(blocker.value(), blocked.value()).update();
    }

    Optional<UUID> report(UUID messageId, AccountId reporter) {
        return jdbc.sql("SELECT id FROM messaging_reports WHERE message_id = ? AND reporter_id = ?")
                .params(messageId, reporter.value()).query(UUID.class).optional();
    }

    void insertReport(UUID id, UUID messageId, AccountId reporter, String reason, Instant now) {
        jdbc.sql("INSERT INTO messaging_reports (id, message_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, messageId, reporter.value(), reason, utc(now)).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ConversationView view(ResultSet rs, int row) throws SQLException {
        return new ConversationView(new ConversationId(rs.getObject("id", UUID.class)),
                new ListingId(rs.getObject("listing_id", UUID.class)), rs.getString("listing_title"),
                rs.getString("listing_path"), new AccountId(rs.getObject("buyer_id", UUID.class)),
                new AccountId(rs.getObject("seller_id", UUID.class)), rs.getBoolean("contact_allowed"),
                rs.getObject("last_message_at", OffsetDateTime.class).toInstant(), rs.getLong("unread"),
                rs.getObject("order_id", UUID.class) == null ? null : new OrderId(rs.getObject("order_id", UUID.class)));
    }
}
