package dev.agora.trust.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log on one insert-only table; it joins the caller's transaction so an action and its record commit together. */
@Service
class AuditTrail implements AuditLog {

    private static final int MAX_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AuditEntry record(AuditEntry.Draft draft) {
        String reason = draft.reason() == null ? "" : draft.reason().strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("reason", "trust.audit.reason-required", "A reason is required for this action");
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of("reason", "trust.audit.reason-too-long", "The reason is longer than 2000 characters");
        }
        var entry = new AuditEntry(UUID.randomUUID(), draft.actor(), draft.action(), draft.subject(), reason,
                truncate(draft.details(), 4000), clock.instant());
        jdbc.sql("""
                INSERT INTO trust_audit_log (id, actor_id, action, subject, reason, details, recorded_at)
                VALUES (:id, :actor, :action, :subject, :reason, :details, :at)""")
                .param("id", entry.id())
                .param("actor", entry.actor() == null ? null : entry.actor().value())
                .param("action", entry.action()).param("subject", entry.subject())
                .param("reason", entry.reason()).param("details", entry.details())
                .param("at", Timestamp.from(entry.at())).update();
        return entry;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String subject, int limit) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        if (subject == null || subject.isBlank()) {
            return jdbc.sql("SELECT * FROM trust_audit_log ORDER BY seq DESC FETCH FIRST :n ROWS ONLY")
                    .param("n", size).query(AuditTrail::entry).list();
        }
        return jdbc.sql("SELECT * FROM trust_audit_log WHERE subject = :subject ORDER BY seq DESC FETCH FIRST :n ROWS ONLY")
                .param("subject", subject.strip()).param("n", size).query(AuditTrail::entry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subject) {
        return jdbc.sql("SELECT * FROM trust_audit_log WHERE subject = :subject ORDER BY seq")
                .param("subject", subject).query(AuditTrail::entry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long countBy(AccountId actor) {
        return jdbc.sql("SELECT COUNT(*) FROM trust_audit_log WHERE actor_id = :actor")
                .param("actor", actor.value()).query(Long.class).single();
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        UUID actor = rs.getObject("actor_id", UUID.class);
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new AuditEntry(rs.getObject("id", UUID.class), actor == null ? null : new AccountId(actor),
                rs.getString("action"), rs.getString("subject"), rs.getString("reason"), rs.getString("details"), at);
    }
}
