package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import dev.agora.trust.internal.TrustSettings;
import dev.agora.trust.internal.fraud.RiskStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff decisions on moderation cases and on appeals. Every action is recorded (with its reason template and note)
 * in {@link ModerationRecords} and in the audit log, changes the content through {@link ModerationEffects} and tells
 * the member, who may appeal once within the appeal window. The queue itself is {@link ModerationQueue}.
 */
@Service
@Transactional
public class Moderation {

    private final Reports reports;
    private final RiskStore risks;
    private final ModerationRecords records;
    private final ModerationQueue queue;
    private final ModerationEffects effects;
    private final ListingManagement listings;
    private final OrderManagement orders;
    private final AuditLog audit;
    private final ModerationMail mail;
    private final TrustSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    Moderation(Reports reports, RiskStore risks, ModerationRecords records, ModerationQueue queue,
            ModerationEffects effects, ListingManagement listings, OrderManagement orders, AuditLog audit,
            ModerationMail mail, TrustSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.risks = risks;
        this.records = records;
        this.queue = queue;
        this.effects = effects;
        this.listings = listings;
        this.orders = orders;
        this.audit = audit;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * One staff action on a subject; see {@link ModerationAction}. Returns the recorded action. Runs outside a
     * transaction: the content changes through other modules first (a refund calls the payment provider), then the
     * record, the closed reports and the audit entry commit together.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
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
        String title = queue.title(kind, subjectId);
        Instant now = clock.instant();
        String reasonText = template.name() + (text.isEmpty() ? "" : ": " + text);
        Instant until = null;
        if (action == ModerationAction.SUSPEND) {
            int days = suspendDays == null || suspendDays <= 0 ? (int) settings.moderation().suspension().toDays() : suspendDays;
            until = now.plus(Duration.ofDays(days));
        }
        effects.apply(staff, kind, subjectId, action, member, until, reasonText);
        var record = new ActionRecord(UUID.randomUUID(), kind, subjectId, member, action, template, text, staff, until,
                now, null, null, null);
        String details = "member " + member + (action == ModerationAction.BAN ? ", banned" : until == null ? "" : ", until " + until);
        tx.executeWithoutResult(status -> {
            records.insert(record);
            reports.close(kind, subjectId, action != ModerationAction.DISMISS);
            risks.markReviewed(key);
            audit.record(new AuditEntry.Draft(staff, "moderation." + action.name().toLowerCase().replace('_', '-'), key,
                    reasonText, details));
        });
        if (action.tellsMember() && member != null) {
            mail.tell(member, action, template, text, title, until);
        }
        return record;
    }

    /** The member's appeal against an action taken on them: once, within the window, with a reason. */
    public void appeal(AccountId member, UUID actionId, String text) {
        ActionRecord action = records.find(actionId).filter(a -> member.equals(a.member()))
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
        records.appealed(actionId, reason, clock.instant());
    }

    /** Staff decide an appeal: the action stands, or is overturned (see {@link ModerationEffects#undo}). */
    public void decideAppeal(AccountId staff, UUID actionId, boolean overturn, String reason) {
        ActionRecord action = records.find(actionId).filter(ActionRecord::appealPending)
                .orElseThrow(() -> InvalidInputException.of("action", "trust.appeal.none", "No open appeal"));
        audit.record(new AuditEntry.Draft(staff, overturn ? "moderation.appeal-overturned" : "moderation.appeal-upheld",
                action.kind().key(action.subjectId()), reason, "action " + actionId + " " + action.action()));
        if (overturn) {
            effects.undo(action);
        }
        records.appealDecided(actionId, overturn, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ActionRecord> against(AccountId member) {
        return records.against(member);
    }

    private @Nullable AccountId ownerOf(SubjectKind kind, String subjectId) {
        return switch (kind) {
            case LISTING -> listings.find(ListingId.of(subjectId)).map(l -> l.sellerId()).orElseThrow(() ->
                    InvalidInputException.of("subjectId", "trust.moderation.unknown", "No such listing"));
            case MEMBER -> new AccountId(UUID.fromString(subjectId));
            case ORDER -> orders.get(OrderId.of(subjectId)).buyerId();
            case MESSAGE, REVIEW -> reports.openAbout(kind, subjectId).stream().map(Report::owner)
                    .filter(Objects::nonNull).findFirst().orElseGet(() -> records.about(kind, subjectId).stream()
                            .map(ActionRecord::member).filter(Objects::nonNull).findFirst().orElse(null));
        };
    }
}
