package dev.agora.trust.internal.fraud;

import dev.agora.identity.AccountId;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest assessment per subject; the moderation queue reads held, unreviewed ones. */
@Component
public class RiskStore {

    private final JdbcClient jdbc;

    RiskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Risk risk) {
        int updated = jdbc.sql("""
                UPDATE trust_risk SET score = :score, reasons = :reasons, held = :held, reviewed = :reviewed,
                  assessed_at = :at, member_id = :member WHERE subject = :subject""")
                .params(params(risk)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO trust_risk (subject, member_id, score, reasons, held, reviewed, assessed_at)
                    VALUES (:subject, :member, :score, :reasons, :held, :reviewed, :at)""")
                    .params(params(risk)).update();
        }
    }

    public Optional<Risk> find(String subject) {
        return jdbc.sql("SELECT * FROM trust_risk WHERE subject = ?").param(subject).query(RiskStore::risk).optional();
    }

    /** Held subjects nobody reviewed yet, highest score first. */
    public List<Risk> heldForReview() {
        return jdbc.sql("SELECT * FROM trust_risk WHERE held = TRUE AND reviewed = FALSE ORDER BY score DESC, assessed_at")
                .query(RiskStore::risk).list();
    }

    public void markReviewed(String subject) {
        jdbc.sql("UPDATE trust_risk SET reviewed = TRUE WHERE subject = ?").param(subject).update();
    }

    private static java.util.Map<String, Object> params(Risk risk) {
        var map = new java.util.HashMap<String, Object>();
        map.put("subject", risk.subject());
        map.put("member", risk.member() == null ? null : risk.member().value());
        map.put("score", risk.score());
        map.put("reasons", String.join("\n", risk.reasons()));
        map.put("held", risk.held());
        map.put("reviewed", risk.reviewed());
        map.put("at", Timestamp.from(risk.assessedAt()));
        return map;
    }

    private static Risk risk(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID member = rs.getObject("member_id", UUID.class);
        String reasons = rs.getString("reasons");
        return new Risk(rs.getString("subject"), member == null ? null : new AccountId(member), rs.getInt("score"),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")), rs.getBoolean("held"),
                rs.getBoolean("reviewed"), rs.getTimestamp("assessed_at").toInstant());
    }
}
