package dev.agora.admin.payouts;

import java.util.Locale;
import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.identity.Member;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.ReconciliationRuns;
import dev.agora.orders.SellerPayouts;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance pages: payouts (filter by state, start the weekly run by hand) and reconciliation (trial balance per
 * currency, the last reports, run one for a day by hand). Actions need a reason and go to the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
class PayoutConsole {

    private final SellerPayouts payouts;
    private final ReconciliationRuns reconciliation;
    private final LedgerManagement ledger;
    private final AuditLog audit;
    private final Clock clock;
    private final ConsoleErrors errors;

    PayoutConsole(SellerPayouts payouts, ReconciliationRuns reconciliation, LedgerManagement ledger, AuditLog audit,
            Clock clock, ConsoleErrors errors) {
        this.payouts = payouts;
        this.reconciliation = reconciliation;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.errors = errors;
    }

    @GetMapping("/admin/payouts")
    String payouts(@RequestParam(required = false) @Nullable String state, Model model) {
        model.addAttribute("payouts", payouts.recent(state, 200));
        model.addAttribute("state", state);
        model.addAttribute("states", java.util.List.of("SENT", "PENDING", "FAILED", "ERRORED"));
        return "admin/payouts/list";
    }

    @PostMapping("/admin/payouts/run")
    String runWeekly(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String reason, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            model.addAttribute("error", errors.of("admin.reason.required", "Give a reason: it goes to the audit log", locale));
            return payouts(null, model);
        }
        int asked = payouts.payOutEveryone(clock.instant());
        audit.record(new AuditEntry.Draft(me.id(), "payouts.run", "payouts:weekly", reason.strip(), asked + " payouts asked"));
        redirect.addFlashAttribute("flash", "admin.payouts.ran");
        return "redirect:/admin/payouts";
    }

    @GetMapping("/admin/reconciliation")
    String reconciliation(Model model) {
        model.addAttribute("balances", ledger.currencies().stream().map(ledger::trialBalance).toList());
        model.addAttribute("runs", reconciliation.recent(30));
        return "admin/reconciliation/reports";
    }

    @PostMapping("/admin/reconciliation/run")
    String reconcile(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "1") int days,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
        if (reason.isBlank() || days < 1 || days > 90) {
            model.addAttribute("error", reason.isBlank()
                    ? errors.of("admin.reason.required", "Give a reason: it goes to the audit log", locale)
                    : errors.of("admin.reconciliation.days", "Between 1 and 90 days", locale));
            return reconciliation(model);
        }
        Instant to = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        var run = reconciliation.run(to.minus(days + 1L, ChronoUnit.DAYS), to);
        audit.record(new AuditEntry.Draft(me.id(), "reconciliation.run", "reconciliation:" + run.id(), reason.strip(),
                run.compared() + " compared, " + run.drifts() + " drifts"));
        redirect.addFlashAttribute("flash", "admin.reconciliation.ran");
        return "redirect:/admin/reconciliation";
    }
}
