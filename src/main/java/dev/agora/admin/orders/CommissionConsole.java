package dev.agora.admin.orders;

import java.util.Locale;
import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.CommissionConfiguration;
import dev.agora.orders.CommissionConfiguration.CategoryRate;
import dev.agora.orders.CommissionConfiguration.PromoWindow;
import dev.agora.orders.CommissionConfiguration.Rules;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/config/commission}: the current commission version, its history, and a form that saves the next
 * version (new orders only) with a reason recorded in the audit log. Category rates are one line each,
 * {@code slug=seller-bp/buyer-bp} (either may be empty); the new-seller window is basis points for N months.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class CommissionConsole {

    private final CommissionConfiguration commission;
    private final AuditLog audit;
    private final ConsoleErrors errors;

    CommissionConsole(CommissionConfiguration commission, AuditLog audit, ConsoleErrors errors) {
        this.commission = commission;
        this.audit = audit;
        this.errors = errors;
    }

    @GetMapping("/admin/config/commission")
    String page(Model model) {
        var current = commission.current();
        model.addAttribute("current", current);
        model.addAttribute("history", commission.history());
        model.addAttribute("categoriesText", categoriesText(current.rules().categories()));
        var window = current.rules().windows().stream().filter(w -> w.newSellerMonths() != null && w.category() == null).findFirst();
        model.addAttribute("newSellerBp", window.map(PromoWindow::sellerBasisPoints).orElse(null));
        model.addAttribute("newSellerMonths", window.map(PromoWindow::newSellerMonths).orElse(null));
        return "admin/config/commission";
    }

    @PostMapping("/admin/config/commission")
    String save(@AuthenticationPrincipal Member me, @RequestParam long sellerBasisPoints, @RequestParam long buyerBasisPoints,
            @RequestParam long buyerFixedMinor, @RequestParam long minFeeMinor, @RequestParam long maxFeeMinor,
            @RequestParam(defaultValue = "") String categories, @RequestParam(required = false) Long newSellerBasisPoints,
            @RequestParam(required = false) Integer newSellerMonths, @RequestParam(defaultValue = "") String reason,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            ConsoleErrors.requireReason(reason);
            List<PromoWindow> windows = new ArrayList<>(commission.current().rules().windows().stream()
                    .filter(w -> !(w.newSellerMonths() != null && w.category() == null)).toList());
            if (newSellerBasisPoints != null && newSellerMonths != null) {
                windows.add(new PromoWindow("new sellers", newSellerBasisPoints, newSellerMonths, null, null, null));
            }
            var saved = commission.save(new Rules(sellerBasisPoints, buyerBasisPoints, buyerFixedMinor, minFeeMinor,
                    maxFeeMinor, parsed(categories), windows), me.id(), reason);
            audit.record(new AuditEntry.Draft(me.id(), "config.commission", "config:commission", reason.strip(),
                    "version " + saved.version() + ": " + saved.rules()));
            redirect.addFlashAttribute("flash", "admin.commission.saved");
            return "redirect:/admin/config/commission";
        } catch (InvalidInputException e) {
            page(model);
            model.addAttribute("error", errors.of(e, locale));
            return "admin/config/commission";
        }
    }

    static Map<String, CategoryRate> parsed(String text) {
        Map<String, CategoryRate> rates = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] slugAndRates = line.split("=", 2);
            String[] parts = slugAndRates.length == 2 ? slugAndRates[1].split("/", -1) : new String[0];
            try {
                rates.put(slugAndRates[0].strip(), new CategoryRate(number(parts, 0), number(parts, 1)));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("categories", "admin.commission.category", "Write one category per line: slug=seller-bp/buyer-bp");
            }
            if (parts.length == 0 || slugAndRates[0].isBlank()) {
                throw InvalidInputException.of("categories", "admin.commission.category", "Write one category per line: slug=seller-bp/buyer-bp");
            }
        }
        return rates;
    }

    private static Long number(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? Long.parseLong(parts[i].strip()) : null;
    }

    static String categoriesText(Map<String, CategoryRate> categories) {
        return categories.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue().sellerBasisPoints()) + "/"
                + text(e.getValue().buyerBasisPoints())).collect(Collectors.joining("\n"));
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
