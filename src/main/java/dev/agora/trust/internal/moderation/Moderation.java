package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberSuspensions;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import dev.agora.trust.OrderHoldReleased;
import dev.agora.trust.internal.TrustSettings;
import dev.agora.trust.internal.fraud.FraudHolds;
import dev.agora.trust.internal.fraud.Risk;
import dev.agora.trust.internal.fraud.RiskStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue and its actions. Every action is recorded (with its reason template and note) in
 * {@code trust_moderation_action} and in the audit log, changes the content through its module's API (listings
 * hidden or removed, members suspended through identity, held orders freed in the ledger) and tells the member,
 * who may appeal once within the appeal window.
 */
@Service
@Transactional
public class Moderation {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final RiskStore risks;
    private final ListingManagement listings;
    private final IdentityManagement identity;
    private final MemberSuspensions suspensions;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final AuditLog audit;
    private final ModerationMail mail;
    private final ApplicationEventPublisher events;
    private final TrustSettings settings;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    Moderation(JdbcClient jdbc, Reports reports, RiskStore risks, ListingManagement listings, IdentityManagement identity,
            MemberSuspensions suspensions, OrderManagement orders, LedgerManagement ledger, AuditLog audit,
            ModerationMail mail, ApplicationEventPublisher events, TrustSettings settings, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.reports = reports;
        this.risks = risks;
        this.listings = listings;
        this.identity = identity;
        this.suspensions = suspensions;
        this.orders = orders;
        this.ledger = ledger;
        this.audit = audit;
        this.mail = mail;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Subjects with open reports or held by a fraud rule, highest priority first. */
    @Transactional(readOnly = true)
    public List<ModerationCase> queue() {
        Map<String, List<Report>> reported = new LinkedHashMap<>();
        for (Report report : reports.open()) {
            reported.computeIfAbsent(report.kind().key(report.subjectId()), k -> new ArrayList<>()).add(report);
        }
        Map<String, Risk> held = new LinkedHashMap<>();
        risks.heldForReview().forEach(risk -> held.put(risk.subject(), risk));
        List<String> keys = new ArrayList<>(reported.keySet());
        held.keySet().stream().filter(k -> !reported.containsKey(k)).forEach(keys::add);
        List<ModerationCase> cases = new ArrayList<>();
        for (String key : keys) {
            SubjectKind kind = SubjectKind.valueOf(key.substring(0, key.indexOf(':')).toUpperCase());
            String id = key.substring(key.indexOf(':') + 1);
            List<Report> open = reported.getOrDefault(key, List.of());
            Optional<Risk> risk = Optional.ofNullable(held.get(key)).or(() -> risks.find(key));
            int standing = open.stream().map(Report::reporter).distinct().mapToInt(reports::standingOf).sum();
            int score = risk.map(Risk::score).orElse(0);
            AccountId owner = open.stream().map(Report::owner).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(risk.map(Risk::member).orElse(null));
            Instant since = open.isEmpty() ? risk.map(Risk::assessedAt).orElse(clock.instant()) : open.getFirst().createdAt();
            cases.add(new ModerationCase(kind, id, title(kind, id), owner, open.size(), standing, score,
                    risk.map(Risk::reasons).orElse(List.of()),
                    open.stream().map(r -> r.reason().name()).distinct().toList(), held.containsKey(key), since,
                    10 * open.size() + 5 * standing + score));
        }
        cases.sort(Comparator.comparingInt(ModerationCase::priority).reversed().thenComparing(ModerationCase::since));
        return cases;
    }

    /**
     * One staff action on a subject; see {@link ModerationAction}. Returns the recorded action. Runs outside a
     * transaction: the content changes through other modules first (a refund calls the payment provider), then the
     * record, the closed reports and the audit entry commit together.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public ActionRecord act(AccountId staff, SubjectKind kind, String subjectId, ModerationAction action,
            ReasonTemplate template, @Nullable String note, @Nullable Integer suspendDays) {
        if (kind == null || action == null || template == null) {
            throw InvalidInputException.of("action", "trust.moderation.incomplete", "Choose an action and a reason");
        }
        if (!action.appliesTo(kind)) {
            throw InvalidInputException.of("action", "trust.moderation.not-applicable",
                    "This action does not apply to a " + kind.name().toLowerCase());
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw InvalidInputException.of("note", "trust.moderation.note-too-long", "The note is longer than 2000 characters");
        }
        String key = kind.key(subjectId);
        AccountId member = ownerOf(kind, subjectId);
        String title = title(kind, subjectId);
        Instant now = clock.instant();
        Instant until = null;
        String reasonText = template.name() + (text.isEmpty() ? "" : ": " + text);
        switch (action) {
            case HIDE -> listings.holdForModeration(ListingId.of(subjectId), "Hidden by moderation: " + reasonText);
            case REQUEST_EDIT -> listings.holdForModeration(ListingId.of(subjectId), "Please edit: " + reasonText);
            case REMOVE -> {
                if (kind == SubjectKind.LISTING) {
                    listings.removeForModeration(ListingId.of(subjectId), reasonText);
                } else {
                    freeOrder(subjectId, reasonText);
                    orders.transition(staff, true, OrderId.of(subjectId), "refund");
                }
            }
            case SUSPEND, BAN -> {
                if (member == null) {
                    throw InvalidInputException.of("action", "trust.moderation.no-member", "Nobody to suspend here");
                }
                int days = suspendDays == null || suspendDays <= 0 ? (int) settings.moderation().suspension().toDays() : suspendDays;
                until = action == ModerationAction.BAN ? null : now.plus(Duration.ofDays(days));
                suspensions.suspend(member, until, reasonText);
            }
            case RELEASE -> {
                if (kind == SubjectKind.LISTING) {
                    if (listings.find(ListingId.of(subjectId)).filter(l -> l.status() == ListingStatus.PENDING_APPROVAL).isPresent()) {
                        listings.approve(ListingId.of(subjectId));
                    }
                } else {
                    freeOrder(subjectId, reasonText);
                }
            }
            case WARN, DISMISS -> { }
        }
        var record = new ActionRecord(UUID.randomUUID(), kind, subjectId, member, action, template, text, staff, until,
                now, null, null, null);
        Instant suspendedUntil = until;
        tx.executeWithoutResult(status -> {
        jdbc.sql("""
                INSERT INTO trust_moderation_action (id, subject_kind, subject_id, member_id, action, reason_template, note,
                  actor_id, suspended_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), kind.name(), subjectId, member == null ? null : member.value(), action.name(),
                        template.name(), text, staff.value(), suspendedUntil == null ? null : Timestamp.from(suspendedUntil), Timestamp.from(now))
                .update();
        reports.close(kind, subjectId, action != ModerationAction.DISMISS);
        risks.markReviewed(key);
        audit.record(new AuditEntry.Draft(staff, "moderation." + action.name().toLowerCase().replace('_', '-'), key,
                reasonText.isBlank() ? template.name() : reasonText,
                "member " + member + (action == ModerationAction.BAN ? ", banned" : suspendedUntil == null ? "" : ", until " + suspendedUntil)));
        });
        if (action.tellsMember() && member != null) {
            mail.tell(member, action, template, text, title, action == ModerationAction.SUSPEND ? until : null);
        }
        return record;
    }

    /** The member's appeal against an action taken on them: once, within the window, with a reason. */
    public void appeal(AccountId member, UUID actionId, String text) {
        ActionRecord action = action(actionId).filter(a -> member.equals(a.member()))
                .orElseThrow(() -> InvalidInputException.of("action", "trust.appeal.unknown", "No such action against you"));
        String reason = text == null ? "" : text.strip();
        if (reason.length() < 10 || reason.length() > 2000) {
            throw InvalidInputException.of("text", "trust.appeal.text", "Explain your appeal in 10 to 2000 characters");
        }
        if (!action.action().tellsMember() || action.appealedAt() != null) {
            throw InvalidInputException.of("action", "trust.appeal.once", "This action cannot be appealed (again)");
        }
        if (action.createdAt().plus(settings.moderation().appealWindow()).isBefore(clock.instant())) {
            throw InvalidInputException.of("action", "trust.appeal.late", "The appeal window has closed");
        }
        jdbc.sql("UPDATE trust_moderation_action SET appeal_text = ?, appealed_at = ? WHERE id = ? AND appealed_at IS NULL")
                .params(reason, Timestamp.from(clock.instant()), actionId).update();
    }

    /** Staff decide an appeal: the action stands, or is overturned (a suspension lifted, a hidden listing back). */
    public void decideAppeal(AccountId staff, UUID actionId, boolean overturn, String reason) {
        ActionRecord action = action(actionId).filter(ActionRecord::appealPending)
                .orElseThrow(() -> InvalidInputException.of("action", "trust.appeal.none", "No open appeal"));
        audit.record(new AuditEntry.Draft(staff, overturn ? "moderation.appeal-overturned" : "moderation.appeal-upheld",
                action.kind().key(action.subjectId()), reason, "action " + actionId + " " + action.action()));
        if (overturn) {
            if ((action.action() == ModerationAction.SUSPEND || action.action() == ModerationAction.BAN) && action.member() != null) {
                suspensions.lift(action.member());
            }
            if ((action.action() == ModerationAction.HIDE || action.action() == ModerationAction.REQUEST_EDIT)
                    && listings.find(ListingId.of(action.subjectId())).filter(l -> l.status() == ListingStatus.PENDING_APPROVAL).isPresent()) {
                listings.approve(ListingId.of(action.subjectId()));
            }
        }
        jdbc.sql("UPDATE trust_moderation_action SET appeal_outcome = ?, appeal_decided_at = ? WHERE id = ?")
                .params(overturn ? "OVERTURNED" : "UPHELD", Timestamp.from(clock.instant()), actionId).update();
    }

    @Transactional(readOnly = true)
    public List<ActionRecord> against(AccountId member) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE member_id = ? ORDER BY created_at DESC")
                .param(member.value()).query(Moderation::record).list();
    }

    @Transactional(readOnly = true)
    public List<ActionRecord> pendingAppeals() {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE appealed_at IS NOT NULL AND appeal_outcome IS NULL ORDER BY appealed_at")
                .query(Moderation::record).list();
    }

    @Transactional(readOnly = true)
    public List<ActionRecord> about(SubjectKind kind, String subjectId) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE subject_kind = ? AND subject_id = ? ORDER BY created_at DESC")
                .params(kind.name(), subjectId).query(Moderation::record).list();
    }

    /** How many warnings, suspensions and bans a member received (their standing as a reporter and in risk). */
    @Transactional(readOnly = true)
    public long actionsAgainst(AccountId member) {
        return jdbc.sql("SELECT COUNT(*) FROM trust_moderation_action WHERE member_id = ? AND action IN ('WARN','SUSPEND','BAN','REMOVE','HIDE')")
                .param(member.value()).query(Long.class).single();
    }

    private Optional<ActionRecord> action(UUID id) {
        return jdbc.sql("SELECT * FROM trust_moderation_action WHERE id = ?").param(id).query(Moderation::record).optional();
    }

    private void freeOrder(String orderId, String reason) {
        String holdId = FraudHolds.holdId(OrderId.of(orderId));
        if (ledger.holdsOf(orderId).stream().anyMatch(h -> h.id().equals(holdId) && h.active())) {
            ledger.releaseHold(holdId);
            events.publishEvent(new OrderHoldReleased(OrderId.of(orderId), holdId, reason, clock.instant()));
        }
    }

    private @Nullable AccountId ownerOf(SubjectKind kind, String subjectId) {
        return switch (kind) {
            case LISTING -> listings.find(ListingId.of(subjectId)).map(l -> l.sellerId()).orElseThrow(() ->
                    InvalidInputException.of("subjectId", "trust.moderation.unknown", "No such listing"));
            case MEMBER -> new AccountId(UUID.fromString(subjectId));
            case ORDER -> orders.get(OrderId.of(subjectId)).buyerId();
            case MESSAGE, REVIEW -> reports.openAbout(kind, subjectId).stream().map(Report::owner)
                    .filter(java.util.Objects::nonNull).findFirst().orElseGet(() -> about(kind, subjectId).stream()
                            .map(ActionRecord::member).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        };
    }

    String title(SubjectKind kind, String subjectId) {
        try {
            return switch (kind) {
                case LISTING -> listings.find(ListingId.of(subjectId)).map(l -> l.title()).orElse(subjectId);
                case MEMBER -> identity.findProfile(new AccountId(UUID.fromString(subjectId)))
                        .map(p -> p.displayName() + " (@" + p.handle() + ")").orElse(subjectId);
                case ORDER -> orders.get(OrderId.of(subjectId)).listingTitle();
                case MESSAGE, REVIEW -> kind.name().toLowerCase() + " " + subjectId.substring(0, Math.min(8, subjectId.length()));
            };
        } catch (RuntimeException e) {
            return subjectId;
        }
    }

    private static ActionRecord record(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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
