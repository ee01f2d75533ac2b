package dev.agora.trust.internal.standing;

import dev.agora.identity.AccountId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seller counters, strikes and the listener idempotency table. */
@Component
class StandingStore {

    private final JdbcClient jdbc;

    StandingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time an event key is seen; listeners count only then. */
    boolean firstTime(String eventKey, Instant at) {
        return jdbc.sql("INSERT INTO trust_counted_event (event_key, at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(eventKey, Timestamp.from(at)).update() == 1;
    }

    void add(AccountId seller, String column, long amount, Instant at) {
        if (!List.of("completed", "cancelled_by_seller", "replies", "reply_minutes_total").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("""
                INSERT INTO trust_seller_stats (seller_id, completed, cancelled_by_seller, disputes, disputes_lost, replies,
                  reply_minutes_total, updated_at) VALUES (?, 0, 0, 0, 0, 0, 0, ?) ON CONFLICT DO NOTHING""")
                .params(seller.value(), Timestamp.from(at)).update();
        jdbc.sql("UPDATE trust_seller_stats SET " + column + " = " + column + " + ?, updated_at = ? WHERE seller_id = ?")
                .params(amount, Timestamp.from(at), seller.value()).update();
    }

    record Counts(long completed, long cancelledBySeller, long replies, long replyMinutesTotal) {}

    Optional<Counts> counts(AccountId seller) {
        return jdbc.sql("SELECT * FROM trust_seller_stats WHERE seller_id = ?").param(seller.value())
                .query((rs, row) -> new Counts(rs.getLong("completed"), rs.getLong("cancelled_by_seller"),
                        rs.getLong("replies"), rs.getLong("reply_minutes_total"))).optional();
    }

    void strike(AccountId seller, String kind, String sourceKey, Instant at, Instant expires) {
        jdbc.sql("""
                INSERT INTO trust_strike (id, seller_id, kind, source_key, at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), seller.value(), kind, sourceKey, Timestamp.from(at), Timestamp.from(expires)).update();
    }

    List<Strike> activeStrikes(AccountId seller, Instant now) {
        return jdbc.sql("SELECT * FROM trust_strike WHERE seller_id = ? AND expires_at > ? ORDER BY at DESC")
                .params(seller.value(), Timestamp.from(now))
                .query((rs, row) -> new Strike(rs.getString("kind"), rs.getString("source_key"),
                        rs.getTimestamp("at").toInstant(), rs.getTimestamp("expires_at").toInstant())).list();
    }

    /** The previous message of a conversation, replaced by this one. */
    Optional<Turn> turn(UUID conversation, AccountId sender, Instant at) {
        Optional<Turn> previous = jdbc.sql("SELECT last_sender, last_at FROM trust_conversation_turn WHERE conversation_id = ?")
                .param(conversation).query((rs, row) -> new Turn(new AccountId(rs.getObject("last_sender", UUID.class)),
                        rs.getTimestamp("last_at").toInstant())).optional();
        if (previous.isEmpty()) {
            jdbc.sql("INSERT INTO trust_conversation_turn (conversation_id, last_sender, last_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(conversation, sender.value(), Timestamp.from(at)).update();
        } else {
            jdbc.sql("UPDATE trust_conversation_turn SET last_sender = ?, last_at = ? WHERE conversation_id = ?")
                    .params(sender.value(), Timestamp.from(at), conversation).update();
        }
        return previous;
    }

    record Turn(AccountId sender, Instant at) {}
}
