package dev.agora.trust.internal.api;

import static dev.agora.trust.internal.api.DisputesApi.signedIn;
import static dev.agora.trust.internal.api.DisputesApi.uuid;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.trust.internal.StaffRoles;
import dev.agora.trust.internal.moderation.ActionRecord;
import dev.agora.trust.internal.moderation.Moderation;
import dev.agora.trust.internal.moderation.ModerationAction;
import dev.agora.trust.internal.moderation.ModerationCase;
import dev.agora.trust.internal.moderation.ModerationQueue;
import dev.agora.trust.internal.moderation.ReasonTemplate;
import dev.agora.trust.internal.moderation.Report;
import dev.agora.trust.internal.moderation.ReportReason;
import dev.agora.trust.internal.moderation.Reports;
import dev.agora.trust.internal.moderation.SubjectKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/reports} for members; {@code /api/v1/moderation/**} for operators and moderators. */
@ApiController("/api/v1")
@Tag(name = "Reports and moderation")
class ModerationApi {

    private final Reports reports;
    private final Moderation moderation;
    private final ModerationQueue queue;

    ModerationApi(Reports reports, Moderation moderation, ModerationQueue queue) {
        this.queue = queue;
        this.reports = reports;
        this.moderation = moderation;
    }

    record ReportRequest(@Nullable String kind, @Nullable String subjectId, @Nullable String reason, @Nullable String details) {}

    record ReportJson(String id, String kind, String subjectId, String reason, String status) {
        static ReportJson of(Report r) {
            return new ReportJson(r.id().toString(), r.kind().name(), r.subjectId(), r.reason().name(), r.status());
        }
    }

    record ActionRequest(@Nullable String kind, @Nullable String subjectId, @Nullable String action,
            @Nullable String reasonTemplate, @Nullable String note, @Nullable Integer suspendDays) {}

    record AppealRequest(@Nullable String actionId, @Nullable String text) {}

    record AppealDecision(boolean overturn, @Nullable String reason) {}

    @Operation(summary = "Report a listing, a member (by handle) or a review",
            description = "kind: LISTING, MEMBER or REVIEW; reason: SCAM, PROHIBITED, MISLEADING, OFFENSIVE, SPAM, CONTACT_OUTSIDE or OTHER (details required).")
    @PostMapping("/reports")
    ResponseEntity<ReportJson> report(@AuthenticationPrincipal @Nullable Member me, @RequestBody ReportRequest request) {
        Member member = signedIn(me);
        Report report = reports.file(member.id(), parse(SubjectKind.class, request.kind(), "kind"), request.subjectId(),
                parse(ReportReason.class, request.reason(), "reason"), request.details());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(ReportJson.of(report));
    }

    @Operation(summary = "Appeal a moderation action taken on you, once, within the appeal window")
    @PostMapping("/appeals")
    ResponseEntity<Void> appeal(@AuthenticationPrincipal @Nullable Member me, @RequestBody AppealRequest request) {
        Member member = signedIn(me);
        moderation.appeal(member.id(), request.actionId() == null ? new java.util.UUID(0, 0) : uuid(request.actionId()),
                request.text() == null ? "" : request.text());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The moderation queue, highest priority first (staff)")
    @GetMapping("/moderation/queue")
    List<ModerationCase> queue(@AuthenticationPrincipal @Nullable Member me) {
        staff(me);
        return queue.queue();
    }

    @Operation(summary = "Take a moderation action (staff)",
            description = "action: HIDE, REQUEST_EDIT, REMOVE, WARN, SUSPEND, BAN, RELEASE or DISMISS; reasonTemplate one of "
                    + "PROHIBITED_ITEM, MISLEADING_LISTING, SUSPECTED_FRAUD, OFF_PLATFORM_PAYMENT, ABUSIVE_BEHAVIOUR, SPAM, "
                    + "REPEATED_VIOLATIONS, NO_VIOLATION, OTHER. Recorded in the audit log; the member is told.")
    @PostMapping("/moderation/actions")
    ResponseEntity<ActionRecord> act(@AuthenticationPrincipal @Nullable Member me, @RequestBody ActionRequest request) {
        Member member = staff(me);
        ActionRecord record = moderation.act(member.id(), parse(SubjectKind.class, request.kind(), "kind"),
                request.subjectId() == null ? "" : request.subjectId(),
                parse(ModerationAction.class, request.action(), "action"),
                parse(ReasonTemplate.class, request.reasonTemplate(), "reasonTemplate"), request.note(), request.suspendDays());
        return ResponseEntity.status(201).body(record);
    }

    @Operation(summary = "Decide an appeal (staff): overturn or let the action stand")
    @PostMapping("/moderation/appeals/{actionId}")
    ResponseEntity<Void> decideAppeal(@AuthenticationPrincipal @Nullable Member me, @PathVariable String actionId,
            @RequestBody AppealDecision decision) {
        Member member = staff(me);
        moderation.decideAppeal(member.id(), uuid(actionId), decision.overturn(), decision.reason() == null ? "" : decision.reason());
        return ResponseEntity.noContent().build();
    }

    private static Member staff(@Nullable Member me) {
        Member member = signedIn(me);
        if (!StaffRoles.moderates(member)) {
            throw new AccessDeniedException("Operators and moderators only");
        }
        return member;
    }

    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "trust.invalid-" + field, "Choose a valid " + field);
        }
    }
}
