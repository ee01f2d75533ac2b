package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the moderation queue: a subject with its open reports and risk. {@code priority} = 10 per report +
 * 5 per point of the reporters' standing + the risk score, so many reports from reliable members and risky
 * subjects come first.
 */
public record ModerationCase(SubjectKind kind, String subjectId, String title, @Nullable AccountId owner,
        int reports, int reporterStanding, int riskScore, List<String> riskReasons, List<String> reportReasons,
        boolean held, Instant since, int priority) {

    public String key() {
        return kind.key(subjectId);
    }
}
