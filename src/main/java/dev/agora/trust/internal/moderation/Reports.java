package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingView;
import dev.agora.trust.ReportFiled;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members report listings, profiles and reviews here (messages arrive as messaging's {@code MessageReported}).
 * One open report per member and subject; nobody reports themselves.
 */
@Service
@Transactional
public class Reports {

    private final JdbcClient jdbc;
    private final ListingManagement listings;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(JdbcClient jdbc, ListingManagement listings, IdentityManagement identity, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** @param subjectId a listing id, a member's handle or id, a review id */
    public Report file(AccountId reporter, SubjectKind kind, String subjectId, ReportReason reason, @Nullable String details) {
        if (kind == null || !kind.reportable() || kind == SubjectKind.MESSAGE) {
            throw InvalidInputException.of("kind", "trust.report.kind", "Report a listing, a member or a review");
        }
        if (reason == null) {
            throw InvalidInputException.of("reason", "trust.report.reason-required", "Choose a reason");
        }
        String text = details == null ? "" : details.strip();
        if (text.length() > 2000 || reason == ReportReason.OTHER && text.length() < 10) {
            throw InvalidInputException.of("details", "trust.report.details",
                    "Tell us what is wrong in 10 to 2000 characters");
        }
        Subject subject = resolve(kind, subjectId == null ? "" : subjectId.strip());
        if (reporter.equals(subject.owner())) {
            throw InvalidInputException.of("subjectId", "trust.report.own", "You cannot report yourself");
        }
        boolean open = jdbc.sql("""
                SELECT COUNT(*) FROM trust_report WHERE reporter_id = ? AND subject_kind = ? AND subject_id = ? AND status = 'OPEN'""")
                .params(reporter.value(), kind.name(), subject.id()).query(Long.class).single() > 0;
        if (open) {
            throw InvalidInputException.of("subjectId", "trust.report.duplicate", "You already reported this; we are on it");
        }
        return insert(reporter, kind, subject.id(), subject.owner(), reason, text, null);
    }

    /** A reported message (idempotent by the event id). */
    public void messageReported(UUID eventId, AccountId reporter, UUID messageId, AccountId sender, String reason) {
        boolean seen = jdbc.sql("SELECT COUNT(*) FROM trust_report WHERE source_event = ?").param(eventId)
                .query(Long.class).single() > 0;
        if (!seen) {
            String text = reason == null ? "" : reason.strip();
            insert(reporter, SubjectKind.MESSAGE, messageId.toString(), sender, ReportReason.OTHER,
                    text.length() > 2000 ? text.substring(0, 2000) : text, eventId);
        }
    }

    @Transactional(readOnly = true)
    public List<Report> openAbout(SubjectKind kind, String subjectId) {
        return jdbc.sql("SELECT * FROM trust_report WHERE subject_kind = ? AND subject_id = ? AND status = 'OPEN' ORDER BY created_at")
                .params(kind.name(), subjectId).query(Reports::report).list();
    }

    @Transactional(readOnly = true)
    public List<Report> open() {
        return jdbc.sql("SELECT * FROM trust_report WHERE status = 'OPEN' ORDER BY created_at").query(Reports::report).list();
    }

    /**
     * A reporter's standing, 0–5: 1 to start, +1 per report that led to an action, −1 per dismissed one, so
     * reliable reporters move a case up the queue and serial false reporters stop counting.
     */
    @Transactional(readOnly = true)
    public int standingOf(AccountId reporter) {
        long[] counts = jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status = 'UPHELD' THEN 1 ELSE 0 END), 0) AS upheld,
                       COALESCE(SUM(CASE WHEN status = 'DISMISSED' THEN 1 ELSE 0 END), 0) AS dismissed
                FROM trust_report WHERE reporter_id = ?""").param(reporter.value())
                .query((rs, row) -> new long[] {rs.getLong("upheld"), rs.getLong("dismissed")}).single();
        return (int) Math.clamp(1 + counts[0] - counts[1], 0, 5);
    }

    /** Closes the open reports on a subject as upheld (an action followed) or dismissed. */
    void close(SubjectKind kind, String subjectId, boolean upheld) {
        jdbc.sql("""
                UPDATE trust_report SET status = ?, resolved_at = ? WHERE subject_kind = ? AND subject_id = ? AND status = 'OPEN'""")
                .params(upheld ? "UPHELD" : "DISMISSED", Timestamp.from(clock.instant()), kind.name(), subjectId).update();
    }

    private Report insert(AccountId reporter, SubjectKind kind, String subjectId, @Nullable AccountId owner,
            ReportReason reason, String details, @Nullable UUID sourceEvent) {
        Instant now = clock.instant();
        var report = new Report(UUID.randomUUID(), reporter, kind, subjectId, owner, reason, details, "OPEN", now);
        jdbc.sql("""
                INSERT INTO trust_report (id, reporter_id, subject_kind, subject_id, subject_owner, reason, details, status,
                  source_event, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(report.id(), reporter.value(), kind.name(), subjectId, owner == null ? null : owner.value(),
                        reason.name(), details, sourceEvent, Timestamp.from(now)).update();
        events.publishEvent(new ReportFiled(report.id(), reporter, kind.name(), subjectId, owner, reason.name(), now));
        return report;
    }

    private record Subject(String id, @Nullable AccountId owner) {}

    private Subject resolve(SubjectKind kind, String subjectId) {
        return switch (kind) {
            case LISTING -> {
                try {
                    ListingView listing = listings.findVisible(ListingId.of(subjectId))
                            .orElseThrow(() -> new ListingNotFoundException(subjectId));
                    yield new Subject(listing.id().toString(), listing.sellerId());
                } catch (ListingNotFoundException | IllegalArgumentException e) {
                    throw InvalidInputException.of("subjectId", "trust.report.unknown", "There is nothing to report here");
                }
            }
            case MEMBER -> {
                PublicProfile profile = identity.findProfile(subjectId.startsWith("@") ? subjectId.substring(1) : subjectId)
                        .or(() -> uuid(subjectId) == null ? java.util.Optional.empty() : identity.findProfile(new AccountId(uuid(subjectId))))
                        .orElseThrow(() -> InvalidInputException.of("subjectId", "trust.report.unknown", "There is nothing to report here"));
                yield new Subject(profile.id().toString(), profile.id());
            }
            case REVIEW -> {
                if (uuid(subjectId) == null) {
                    throw InvalidInputException.of("subjectId", "trust.report.unknown", "There is nothing to report here");
                }
                yield new Subject(subjectId, null);
            }
            default -> throw InvalidInputException.of("kind", "trust.report.kind", "Report a listing, a member or a review");
        };
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Report report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID owner = rs.getObject("subject_owner", UUID.class);
        return new Report(rs.getObject("id", UUID.class), new AccountId(rs.getObject("reporter_id", UUID.class)),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"),
                owner == null ? null : new AccountId(owner), ReportReason.valueOf(rs.getString("reason")),
                rs.getString("details"), rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }
}
