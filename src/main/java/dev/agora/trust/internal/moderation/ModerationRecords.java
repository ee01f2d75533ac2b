package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The recorded moderation actions ({@code trust_moderation_action}) with their appeals. */
@Repository
@Transactional(readOnly = true)
public class ModerationRecords {

    private final JdbcClient jdbc;

    ModerationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void insert(ActionRecord record) {
        jdbc.sql("""
                INSERT INTO trust_moderation_action (id, subject_kind, subject_id, member_id, action, reason_template, note,
                  actor_id, suspended_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.kind().name(), record.subjectId(),
                        record.member() == null ? null : record.member().value(), record.action().name(),
                        record.template().name(), record.note(), record.actor() == null ? null : record.actor().value(),
                        record.suspendedUntil() == null ? null : Timestamp.from(record.suspendedUntil()),
                        Timestamp.from(record.createdAt()))
                .update();
    }

    @Transactional
    void appealed(UUID id, String text, Instant at) {
        jdbc.sql("UPDATE trust_moderation_action SET appeal_text = ?, appealed_at = ? WHERE id = ? AND appealed_at IS NULL")
                .params(text, Timestamp.from(at), id).update();
    }

    @Transactional
    void appealDecided(UUID id, boolean overturned, Instant at) {
        jdbc.sql("UPDATE trust_moderation_action SET appeal_outcome = ?, appeal_decided_at = ? WHERE id = ?")
                .params(overturned ? "OVERTURNED" : "UPHELD", Timestamp.from(at), id).update();
    }

    public Optional<ActionRecord> find(UUID id) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE id = ?").param(id).query(ModerationRecords::record).optional();
    }

    /** Actions taken on the member's content or account, newest first. */
    public List<ActionRecord> against(AccountId member) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE member_id = ? ORDER BY created_at DESC")
                .param(member.value()).query(ModerationRecords::record).list();
    }

    public List<ActionRecord> pendingAppeals() {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE appealed_at IS NOT NULL AND appeal_outcome IS NULL ORDER BY appealed_at")
                .query(ModerationRecords::record).list();
    }

    public List<ActionRecord> about(SubjectKind kind, String subjectId) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE subject_kind = ? AND subject_id = ? ORDER BY created_at DESC")
                .params(kind.name(), subjectId).query(ModerationRecords::record).list();
    }

    /** How many warnings, suspensions and bans a member received (their standing as a reporter and in risk). */
    public long actionsAgainst(AccountId member) {
        return jdbc.sql("SELECT COUNT(*) FROM trust_moderation_action WHERE member_id = ? AND action IN ('WARN','SUSPEND','BAN','REMOVE','HIDE')")
                .param(member.value()).query(Long.class).single();
    }

    private static ActionRecord record(ResultSet rs, int row) throws SQLException {
        UUID member = rs.getObject("member_id", UUID.class);
        UUID actor = rs.getObject("actor_id", UUID.class);
        Timestamp until = rs.getTimestamp("suspended_until");
        Timestamp appealed = rs.getTimestamp("appealed_at");
        return new ActionRecord(rs.getObject("id", UUID.class), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_id"), member == null ? null : new AccountId(member),
                ModerationAction.valueOf(rs.getString("action")), ReasonTemplate.valueOf(rs.getString("reason_template")),
                rs.getString("note"), actor == null ? null : new AccountId(actor), until == null ? null : until.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("appeal_text"),
                appealed == null ? null : appealed.toInstant(), rs.getString("appeal_outcome"));
    }
}
