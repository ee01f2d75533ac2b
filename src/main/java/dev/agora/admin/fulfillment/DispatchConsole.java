package dev.agora.admin.fulfillment;

import java.util.Locale;
import dev.agora.admin.internal.ConsoleErrors;
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
    private final ConsoleErrors errors;

    DispatchConsole(CourierDispatch dispatch, AuditLog audit, ConsoleErrors errors) {
        this.dispatch = dispatch;
        this.audit = audit;
        this.errors = errors;
    }

    @PostMapping("/admin/dispatch/assign")
    @Transactional
    public String autoAssign(@AuthenticationPrincipal Member me,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        if (!reasonGiven(reason, locale, redirect)) {
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
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale,
            RedirectAttributes redirect) {
        if (!reasonGiven(reason, locale, redirect)) {
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
                    ? errors.of(invalid, locale) : errors.of("admin.dispatch.courier", "Choose one of the couriers", locale));
        }
        return "redirect:/admin/dispatch?day=" + day;
    }

    private boolean reasonGiven(String reason, Locale locale, RedirectAttributes redirect) {
        try {
            ConsoleErrors.requireReason(reason);
            return true;
        } catch (InvalidInputException missing) {
            redirect.addFlashAttribute("error", errors.of(missing, locale));
            return false;
        }
    }
}
