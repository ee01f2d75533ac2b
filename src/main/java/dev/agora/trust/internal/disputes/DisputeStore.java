package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Disputes, their timeline and evidence photos on plain tables; status changes check the version they read. */
@Component
class DisputeStore {

    private final JdbcClient jdbc;

    DisputeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Dispute d) {
        jdbc.sql("""
                INSERT INTO trust_dispute (id, order_id, buyer_id, seller_id, kind, status, currency, order_total_minor,
                  seller_due_at, opened_at, version)
                VALUES (:id, :order, :buyer, :seller, :kind, :status, :currency, :total, :due, :opened, 0)""")
                .param("id", d.id()).param("order", d.orderId().value()).param("buyer", d.buyerId().value())
                .param("seller", d.sellerId().value()).param("kind", d.kind().name()).param("status", d.status().name())
                .param("currency", d.currency().getCurrencyCode()).param("total", d.orderTotalMinor())
                .param("due", ts(d.sellerDueAt())).param("opened", ts(d.openedAt())).update();
    }

    /** Moves a dispute on if nobody else did since {@code read}; false when it lost the race. */
    boolean update(Dispute read, DisputeStatus status, @Nullable Long offerMinor) {
        return jdbc.sql("""
                UPDATE trust_dispute SET status = :status, offer_minor = :offer, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("offer", offerMinor).param("id", read.id())
                .param("version", read.version()).update() == 1;
    }

    boolean decide(Dispute read, Outcome outcome, long refundMinor, @Nullable AccountId by, Instant at) {
        return jdbc.sql("""
                UPDATE trust_dispute SET status = 'DECIDED', outcome = :outcome, refund_minor = :refund,
                  decided_at = :at, decided_by = :by, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("outcome", outcome.name()).param("refund", refundMinor).param("at", ts(at))
                .param("by", by == null ? null : by.value()).param("id", read.id()).param("version", read.version())
                .update() == 1;
    }

    long addStep(UUID dispute, @Nullable AccountId actor, String role, String kind, String text, @Nullable Long amountMinor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO trust_dispute_event (dispute_id, actor_id, actor_role, kind, text, amount_minor, at)
                VALUES (:dispute, :actor, :role, :kind, :text, :amount, :at)""")
                .param("dispute", dispute).param("actor", actor == null ? null : actor.value()).param("role", role)
                .param("kind", kind).param("text", text.length() > 4000 ? text.substring(0, 4000) : text)
                .param("amount", amountMinor).param("at", ts(at)).update();
        return jdbc.sql("SELECT MAX(seq) FROM trust_dispute_event WHERE dispute_id = :dispute")
                .param("dispute", dispute).query(Long.class).single();
    }

    void addPhoto(UUID photo, UUID dispute, long seq, String key, int width, int height) {
        jdbc.sql("""
                INSERT INTO trust_dispute_photo (id, dispute_id, event_seq, blob_key, width, height)
                VALUES (?, ?, ?, ?, ?, ?)""").params(photo, dispute, seq, key, width, height).update();
    }

    Optional<String> photoKey(UUID dispute, UUID photo) {
        return jdbc.sql("SELECT blob_key FROM trust_dispute_photo WHERE id = ? AND dispute_id = ?")
                .params(photo, dispute).query(String.class).optional();
    }

    Optional<Dispute> find(UUID id) {
        return jdbc.sql("SELECT * FROM trust_dispute WHERE id = ?").param(id).query(DisputeStore::dispute).optional();
    }

    Optional<Dispute> lock(UUID id) {
        return jdbc.sql("SELECT * FROM trust_dispute WHERE id = ? FOR UPDATE").param(id).query(DisputeStore::dispute).optional();
    }

    List<Dispute> ofOrder(OrderId order) {
        return jdbc.sql("SELECT * FROM trust_dispute WHERE order_id = ? ORDER BY opened_at")
                .param(order.value()).query(DisputeStore::dispute).list();
    }

    List<Dispute> ofMember(AccountId member) {
        return jdbc.sql("SELECT * FROM trust_dispute WHERE buyer_id = :m OR seller_id = :m ORDER BY opened_at DESC")
                .param("m", member.value()).query(DisputeStore::dispute).list();
    }

    /** Open disputes first (oldest deadline first), then decided ones, newest first. */
    List<Dispute> all(boolean openOnly, int limit) {
        String where = openOnly ? "WHERE status <> 'DECIDED'" : "";
        return jdbc.sql("SELECT * FROM trust_dispute " + where
                        + " ORDER BY CASE WHEN status = 'DECIDED' THEN 1 ELSE 0 END, seller_due_at FETCH FIRST :n ROWS ONLY")
                .param("n", limit).query(DisputeStore::dispute).list();
    }

    List<DisputeStep> steps(UUID dispute) {
        Map<Long, List<UUID>> photos = jdbc.sql("SELECT id, event_seq FROM trust_dispute_photo WHERE dispute_id = ? ORDER BY id")
                .param(dispute).query((rs, row) -> Map.entry(rs.getLong("event_seq"), rs.getObject("id", UUID.class)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
        return jdbc.sql("SELECT * FROM trust_dispute_event WHERE dispute_id = ? ORDER BY seq").param(dispute)
                .query((rs, row) -> {
                    UUID actor = rs.getObject("actor_id", UUID.class);
                    long amount = rs.getLong("amount_minor");
                    Long amountMinor = rs.wasNull() ? null : amount;
                    long seq = rs.getLong("seq");
                    return new DisputeStep(seq, actor == null ? null : new AccountId(actor), rs.getString("actor_role"),
                            rs.getString("kind"), rs.getString("text"), amountMinor,
                            rs.getTimestamp("at").toInstant(), photos.getOrDefault(seq, List.of()));
                }).list();
    }

    /** Disputes of a seller (for their dispute rate) and those they lost. */
    long[] sellerCounts(AccountId seller) {
        return jdbc.sql("""
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN outcome IN ('FULL_REFUND','PARTIAL_REFUND','RETURN_AND_REFUND','CHARGEBACK')
                  THEN 1 ELSE 0 END), 0) AS lost FROM trust_dispute WHERE seller_id = ?""")
                .param(seller.value()).query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("lost")}).single();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static Dispute dispute(ResultSet rs, int row) throws SQLException {
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        String outcome = rs.getString("outcome");
        return new Dispute(rs.getObject("id", UUID.class), new OrderId(rs.getObject("order_id", UUID.class)),
                new AccountId(rs.getObject("buyer_id", UUID.class)), new AccountId(rs.getObject("seller_id", UUID.class)),
                DisputeKind.valueOf(rs.getString("kind")), DisputeStatus.valueOf(rs.getString("status")),
                Currency.getInstance(rs.getString("currency")), rs.getLong("order_total_minor"),
                nullableLong(rs, "offer_minor"), outcome == null ? null : Outcome.valueOf(outcome),
                nullableLong(rs, "refund_minor"), rs.getTimestamp("seller_due_at").toInstant(),
                rs.getTimestamp("opened_at").toInstant(), decidedAt == null ? null : decidedAt.toInstant(),
                decidedBy == null ? null : new AccountId(decidedBy), rs.getLong("version"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static InvalidInputException moved() {
        return InvalidInputException.of("dispute", "trust.dispute.moved", "The dispute changed meanwhile; reload it");
    }
}
