package dev.agora.ledger.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement.Hold;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds freeze an order's escrow. Placing, lifting and releasing escrow all take the order's hold lock, so a
 * release can never slip past a hold placed at the same moment on another node.
 */
@Component
@Transactional
class Holds {

    private final JdbcClient jdbc;
    private final Journal journal;

    Holds(JdbcClient jdbc, Journal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    static String lockKey(String orderRef) {
        return "HOLDS:" + orderRef;
    }

    Hold place(String holdId, String orderRef, String reason) {
        journal.lock(lockKey(orderRef), null);
        Optional<Hold> existing = find(holdId);
        if (existing.isPresent()) {
            if (!existing.get().orderRef().equals(orderRef)) {
                throw InvalidInputException.of("holdId", "ledger.id-reused", "Hold id used for another order");
            }
            return existing.get();
        }
        jdbc.sql("INSERT INTO ledger_hold (id, order_ref, reason, placed_at) VALUES (?, ?, ?, ?)")
                .params(holdId, orderRef, reason.length() > 200 ? reason.substring(0, 200) : reason, journal.now())
                .update();
        return find(holdId).orElseThrow();
    }

    void release(String holdId) {
        Hold hold = find(holdId).orElseThrow(() ->
                InvalidInputException.of("holdId", "ledger.unknown-hold", "No such hold: " + holdId));
        journal.lock(lockKey(hold.orderRef()), null);
        jdbc.sql("INSERT INTO ledger_hold_release (hold_id, released_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(holdId, journal.now())
                .update();
    }

    boolean activeHold(String orderRef) {
        return holdsOf(orderRef).stream().anyMatch(Hold::active);
    }

    List<Hold> holdsOf(String orderRef) {
        return jdbc.sql(SELECT + " WHERE h.order_ref = ? ORDER BY h.placed_at").param(orderRef).query(this::hold).list();
    }

    private Optional<Hold> find(String holdId) {
        return jdbc.sql(SELECT + " WHERE h.id = ?").param(holdId).query(this::hold).optional();
    }

    private static final String SELECT = """
            SELECT h.id, h.order_ref, h.reason, h.placed_at, r.released_at
            FROM ledger_hold h LEFT JOIN ledger_hold_release r ON r.hold_id = h.id""";

    private Hold hold(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var released = rs.getObject("released_at", java.time.OffsetDateTime.class);
        return new Hold(rs.getString("id"), rs.getString("order_ref"), rs.getString("reason"),
                JournalReader.instant(rs, "placed_at"), released == null ? null : released.toInstant());
    }
}
