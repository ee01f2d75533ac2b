package dev.agora.admin.fulfillment;

import java.util.Locale;
import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.fulfillment.TariffConfiguration;
import dev.agora.fulfillment.TariffConfiguration.ZoneRule;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 7: {@code /admin/config/tariff}: the courier tariff in force (one row per zone, plus an empty row to add
 * one; a row whose name is cleared is removed), its history, and saving the next version with a reason that goes to
 * the audit log in the same transaction. New quotes use it; placed orders keep their fee.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class TariffConsole {

    private final TariffConfiguration tariff;
    private final AuditLog audit;
    private final ConsoleErrors errors;

    TariffConsole(TariffConfiguration tariff, AuditLog audit, ConsoleErrors errors) {
        this.tariff = tariff;
        this.audit = audit;
        this.errors = errors;
    }

    @GetMapping("/admin/config/tariff")
    String page(Model model) {
        var current = tariff.current();
        List<ZoneRule> rows = new ArrayList<>(current.zones());
        rows.add(new ZoneRule("", 0, 0, 20, rows.isEmpty() ? "EUR" : rows.getFirst().currency(), "", "", 0,
                rows.isEmpty() ? 12 : rows.getFirst().windowCapacity()));
        model.addAttribute("current", current);
        model.addAttribute("rows", rows);
        model.addAttribute("history", tariff.history());
        return "admin/config/tariff";
    }

    @PostMapping("/admin/config/tariff")
    @Transactional
    public String save(@AuthenticationPrincipal Member me, @RequestParam(name = "name", defaultValue = "") List<String> names,
            @RequestParam(name = "latitude", defaultValue = "") List<String> latitudes,
            @RequestParam(name = "longitude", defaultValue = "") List<String> longitudes,
            @RequestParam(name = "radiusKm", defaultValue = "") List<String> radii,
            @RequestParam(name = "currency", defaultValue = "") List<String> currencies,
            @RequestParam(name = "baseFee", defaultValue = "") List<String> baseFees,
            @RequestParam(name = "perKmFee", defaultValue = "") List<String> perKmFees,
            @RequestParam(name = "batchingDiscountBasisPoints", defaultValue = "") List<String> discounts,
            @RequestParam(name = "windowCapacity", defaultValue = "") List<String> capacities,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ConsoleErrors.requireReason(reason);
            List<ZoneRule> zones = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).isBlank()) {
                    continue; // the empty row, or a zone removed by clearing its name
                }
                zones.add(new ZoneRule(names.get(i).strip().toLowerCase(), number("latitude", i, latitudes),
                        number("longitude", i, longitudes), number("radiusKm", i, radii), at(currencies, i).toUpperCase(),
                        at(baseFees, i), at(perKmFees, i), (int) number("batchingDiscountBasisPoints", i, discounts),
                        (int) number("windowCapacity", i, capacities)));
            }
            var saved = tariff.save(zones, me.id(), reason);
            audit.record(new AuditEntry.Draft(me.id(), "config.tariff", "config:tariff", reason.strip(),
                    "version " + saved.version() + ": " + saved.zones().stream().map(TariffConsole::summary)
                            .collect(Collectors.joining("; "))));
            redirect.addFlashAttribute("flash", "admin.tariff.saved");
            return "redirect:/admin/config/tariff";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page(model);
            model.addAttribute("errorField", e.errors().getFirst().field());
            model.addAttribute("error", errors.of(e, locale));
            return "admin/config/tariff";
        }
    }

    private static String summary(ZoneRule z) {
        return z.name() + " " + z.radiusKm() + " km, " + z.baseFee() + " + " + z.perKmFee() + "/km " + z.currency()
                + ", -" + z.batchingDiscountBasisPoints() + " bp batched, " + z.windowCapacity() + "/window";
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i).strip() : "";
    }

    private static double number(String field, int i, List<String> values) {
        try {
            return Double.parseDouble(at(values, i).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("zones[" + i + "]." + field, "admin.tariff.number", "Enter a number");
        }
    }
}
