package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.orders.OrderId;
import dev.agora.reviews.ReviewView;
import dev.agora.reviews.ReviewerRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review windows and reviews on plain SQL; reviews are joined with their window for the listing's title. */
@Repository
class ReviewStore {

    private static final String REVIEWS = "SELECT r.*, w.listing_id, w.listing_title FROM reviews r "
            + "JOIN reviews_windows w ON w.order_id = r.order_id ";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the window unless it exists (the completion event and a first review may both open it). */
    /** Stores the window unless the order has one; true if this call stored it. */
    boolean openWindow(ReviewWindow window) {
        return jdbc.sql("INSERT INTO reviews_windows (order_id, listing_id, listing_title, buyer_id, seller_id, completed_at, closes_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(window.orderId().value(), window.listingId().value(), window.listingTitle(),
                        window.buyer().value(), window.seller().value(), utc(window.completedAt()),
                        utc(window.closesAt()))
                .update() == 1;
    }

    Optional<ReviewWindow> window(OrderId order) {
        return jdbc.sql("SELECT * FROM reviews_windows WHERE order_id = ?").param(order.value())
                .query(ReviewStore::window).optional();
    }

    /** Locks the window row so the two sides' submissions and the closing timer reveal exactly once. */
    Optional<ReviewWindow> lockWindow(OrderId order) {
        return jdbc.sql("SELECT * FROM reviews_windows WHERE order_id = ? FOR UPDATE").param(order.value())
                .query(ReviewStore::window).optional();
    }

    void markRevealed(OrderId order, Instant now) {
        jdbc.sql("UPDATE reviews_windows SET revealed_at = ? WHERE order_id = ? AND revealed_at IS NULL")
                .params(utc(now), order.value()).update();
    }

    void insert(UUID id, ReviewWindow window, AccountId author, ReviewerRole role, int rating, String text,
            @Nullable Integer asDescribed, @Nullable Integer communication, @Nullable Integer handoff, Instant now) {
        jdbc.sql("INSERT INTO reviews (id, order_id, author_id, subject_id, author_role, rating, body, as_described, "
                        + "communication, handoff, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, window.orderId().value(), author.value(), window.other(role).value(), role.name(), rating,
                        text, asDescribed, communication, handoff, utc(now))
                .update();
    }

    Optional<ReviewView> find(UUID id) {
        return jdbc.sql(REVIEWS + "WHERE r.id = ?").param(id).query(ReviewStore::review).optional();
    }

    List<ReviewView> ofOrder(OrderId order) {
        return jdbc.sql(REVIEWS + "WHERE r.order_id = ? ORDER BY r.submitted_at").param(order.value())
                .query(ReviewStore::review).list();
    }

    /** Marks the order's blind reviews published; returns those it published. */
    List<ReviewView> publishAll(OrderId order, Instant now) {
        List<ReviewView> blind = ofOrder(order).stream().filter(r -> !r.published()).toList();
        jdbc.sql("UPDATE reviews SET published_at = ? WHERE order_id = ? AND published_at IS NULL")
                .params(utc(now), order.value()).update();
        return blind.stream().map(r -> find(r.id()).orElseThrow()).toList();
    }

    List<ReviewView> about(AccountId subject, int limit) {
        return jdbc.sql(REVIEWS + "WHERE r.subject_id = ? AND r.published_at IS NOT NULL AND r.hidden_at IS NULL "
                        + "ORDER BY r.published_at DESC, r.id LIMIT ?")
                .params(subject.value(), limit).query(ReviewStore::review).list();
    }

    /** Count and sum of visible published ratings about {@code subject} written from the other side. */
    long[] ratings(AccountId subject, ReviewerRole authorRole) {
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(rating), 0) AS total FROM reviews WHERE subject_id = ? "
                        + "AND author_role = ? AND published_at IS NOT NULL AND hidden_at IS NULL")
                .params(subject.value(), authorRole.name())
                .query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("total")}).single();
    }

    /** Sets the reply if there is none yet; false when a reply exists. */
    boolean reply(UUID id, String text, Instant now) {
        return jdbc.sql("UPDATE reviews SET reply = ?, replied_at = ? WHERE id = ? AND reply IS NULL")
                .params(text, utc(now), id).update() == 1;
    }

    boolean hide(UUID id, AccountId staff, String reason, Instant now) {
        return jdbc.sql("UPDATE reviews SET hidden_at = ?, hidden_by = ?, hidden_reason = ? WHERE id = ? AND hidden_at IS NULL")
                .params(utc(now), staff.value(), reason, id).update() == 1;
    }

    /** Windows that closed without being revealed (the closing timer's safety net). */
    List<OrderId> closedUnrevealed(Instant now, int limit) {
        return jdbc.sql("SELECT order_id FROM reviews_windows WHERE revealed_at IS NULL AND closes_at <= ? ORDER BY closes_at LIMIT ?")
                .params(utc(now), limit).query((rs, row) -> new OrderId(rs.getObject(1, UUID.class))).list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Integer smallint(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static ReviewWindow window(ResultSet rs, int row) throws SQLException {
        return new ReviewWindow(new OrderId(rs.getObject("order_id", UUID.class)),
                new ListingId(rs.getObject("listing_id", UUID.class)), rs.getString("listing_title"),
                new AccountId(rs.getObject("buyer_id", UUID.class)), new AccountId(rs.getObject("seller_id", UUID.class)),
                instant(rs, "completed_at"), instant(rs, "closes_at"), instant(rs, "revealed_at"));
    }

    private static ReviewView review(ResultSet rs, int row) throws SQLException {
        return new ReviewView(rs.getObject("id", UUID.class), new OrderId(rs.getObject("order_id", UUID.class)),
                new ListingId(rs.getObject("listing_id", UUID.class)), rs.getString("listing_title"),
                new AccountId(rs.getObject("author_id", UUID.class)), new AccountId(rs.getObject("subject_id", UUID.class)),
                ReviewerRole.valueOf(rs.getString("author_role")), rs.getInt("rating"), rs.getString("body"),
                smallint(rs, "as_described"), smallint(rs, "communication"), smallint(rs, "handoff"),
                instant(rs, "submitted_at"), instant(rs, "published_at"), rs.getString("reply"),
                instant(rs, "replied_at"), instant(rs, "hidden_at"), rs.getString("hidden_reason"));
    }
}
