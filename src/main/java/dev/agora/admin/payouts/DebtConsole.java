package dev.agora.admin.payouts;

import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerManagement;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Seller debts (orders-gaps): what sellers owe after refunds that came after their payout, and the write-off of a
 * debt that cannot be recovered, to the platform's loss account. Each write-off and each reversal of one needs a
 * reason and is recorded in the audit log in the same transaction as the ledger entry; nothing is ever changed.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
class DebtConsole {

    private final LedgerManagement ledger;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final dev.agora.admin.internal.ConsoleErrors errors;

    DebtConsole(LedgerManagement ledger, AuditLog audit, PlatformTransactionManager transactions,
            dev.agora.admin.internal.ConsoleErrors errors) {
        this.errors = errors;
        this.ledger = ledger;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    @GetMapping("/admin/payouts/debts")
    String debts(Model model) {
        model.addAttribute("debts", ledger.currencies().stream().flatMap(c -> ledger.sellerDebts(c).stream()).toList());
        model.addAttribute("writeOffs", ledger.recentWriteOffs(50).stream().map(WriteOffRow::of).toList());
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "admin/payouts/debts";
    }

    /** {@code amount} in major units (blank: the whole debt); {@code key} makes a double submit harmless. */
    @PostMapping("/admin/payouts/debts/write-off")
    String writeOff(@AuthenticationPrincipal Member me, @RequestParam String seller, @RequestParam String currency,
            @RequestParam(required = false) @Nullable String amount, @RequestParam(defaultValue = "") String reason,
            @RequestParam String key, Model model, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            dev.agora.admin.internal.ConsoleErrors.requireReason(reason);
            String entryId = "debt-write-off:" + seller + ":" + key;
            if (ledger.entry(entryId).isPresent()) {
                // a resent form: "all of the debt" meant the debt when it was first sent, now written off
                redirect.addFlashAttribute("flash", "admin.debts.written-off");
                return "redirect:/admin/payouts/debts";
            }
            Currency code = Money.currency(currency);
            Money owed = ledger.sellerBalance(seller, code).debt();
            Money written = amount == null || amount.isBlank() ? owed : parsed(amount, currency);
            tx.executeWithoutResult(status -> {
                JournalEntry entry = ledger.writeOffDebt(new LedgerManagement.WriteOffDebt(entryId, seller, written, reason.strip()));
                audit.record(new AuditEntry.Draft(me.id(), "ledger.debt-write-off", "member:" + seller, reason.strip(),
                        written + " written off (entry " + entry.id() + ")"));
            });
            redirect.addFlashAttribute("flash", "admin.debts.written-off");
            return "redirect:/admin/payouts/debts";
        } catch (InvalidInputException e) {
            model.addAttribute("error", errors.of(e, locale));
            return debts(model);
        }
    }

    /** A mistaken write-off is undone by a reversing entry; the debt is owed again. */
    @PostMapping("/admin/payouts/debts/reverse")
    String reverse(@AuthenticationPrincipal Member me, @RequestParam String entryId,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            dev.agora.admin.internal.ConsoleErrors.requireReason(reason);
            JournalEntry original = ledger.entry(entryId)
                    .filter(e -> e.code() == dev.agora.ledger.EntryCode.DEBT_WRITE_OFF)
                    .orElseThrow(() -> InvalidInputException.of("entryId", "ledger.write-off.unknown", "No such write-off"));
            tx.executeWithoutResult(status -> {
                ledger.reverse("reversal:" + entryId, entryId, reason.strip());
                audit.record(new AuditEntry.Draft(me.id(), "ledger.debt-write-off-reversal", "member:" + original.reference(),
                        reason.strip(), "write-off " + entryId + " reversed"));
            });
            redirect.addFlashAttribute("flash", "admin.debts.reversed");
            return "redirect:/admin/payouts/debts";
        } catch (InvalidInputException e) {
            model.addAttribute("error", errors.of(e, locale));
            return debts(model);
        }
    }

    /** A write-off or its reversal as the page lists it: the seller, the amount written off (negative: reversed). */
    record WriteOffRow(JournalEntry entry, String seller, Money amount, boolean reversal) {

        static WriteOffRow of(JournalEntry entry) {
            Money amount = entry.postings().stream()
                    .filter(p -> p.account().type() == dev.agora.ledger.AccountType.DEBT_WRITE_OFFS)
                    .map(p -> new Money(p.amountMinor(), p.account().currency())).findFirst().orElseThrow();
            return new WriteOffRow(entry, entry.reference(), amount, entry.reverses() != null);
        }

        public String shortSeller() {
            return seller.length() > 8 ? seller.substring(0, 8) : seller;
        }
    }

    private static Money parsed(String amount, String currency) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("amount", "ledger.write-off.amount", "Enter an amount such as 12.50");
        }
    }
}
