package dev.agora.admin.fulfillment;

import dev.agora.fulfillment.CourierDispatch;
import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 7: the dispatch board's staff actions ({@code /admin/dispatch} is fulfillment's page): assign a day's open
 * courier jobs automatically, or give one job to another courier. Each needs a reason, written to the audit log in
 * the same transaction as the change.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'SUPPORT')") // the dispatch area's roles (StaffAreas)
class DispatchConsole {

    private final CourierDispatch dispatch;
    private final AuditLog audit;

    DispatchConsole(CourierDispatch dispatch, AuditLog audit) {
        this.dispatch = dispatch;
        this.audit = audit;
    }

    @PostMapping("/admin/dispatch/assign")
    @Transactional
    public String autoAssign(@AuthenticationPrincipal Member me,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        if (!reasonGiven(reason, redirect)) {
            return "redirect:/admin/dispatch?day=" + day;
        }
        int assigned = dispatch.autoAssign(day);
        audit.record(new AuditEntry.Draft(me.id(), "dispatch.auto-assign", "dispatch:" + day, reason.strip(),
                assigned + " jobs assigned"));
        redirect.addFlashAttribute("flash", "dispatch.assigned");
        return "redirect:/admin/dispatch?day=" + day;
    }

    @PostMapping("/admin/dispatch/jobs/{id}/assign")
    @Transactional
    public String reassign(@AuthenticationPrincipal Member me, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String courier, @RequestParam(defaultValue = "") String reason,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        if (!reasonGiven(reason, redirect)) {
            return "redirect:/admin/dispatch?day=" + day;
        }
        try {
            AccountId to = courier.isBlank() ? null : AccountId.of(courier);
            dispatch.reassign(id, to);
            audit.record(new AuditEntry.Draft(me.id(), "dispatch.reassign", "courier-job:" + id, reason.strip(),
                    to == null ? "back to the pool" : "to courier " + to));
            redirect.addFlashAttribute("flash", "dispatch.reassigned");
        } catch (InvalidInputException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e instanceof InvalidInputException invalid
                    ? invalid.errors().getFirst().message() : "Choose one of the couriers");
        }
        return "redirect:/admin/dispatch?day=" + day;
    }

    private static boolean reasonGiven(String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("error", "Give a reason: it goes to the audit log");
            return false;
        }
        return true;
    }
}
