package dev.agora.analytics.internal.web;

import dev.agora.analytics.internal.AcquisitionCosts;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/analytics/acquisition-costs}: operators and finance enter CAC per month (and channel or city). */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
class AcquisitionCostPage {

    private final AcquisitionCosts costs;
    private final AnalyticsSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    AcquisitionCostPage(AcquisitionCosts costs, AnalyticsSettings settings, MessageSource messages, Clock clock) {
        this.costs = costs;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/analytics/acquisition-costs")
    String list(Model model) {
        return page(model, Map.of("month", YearMonth.now(clock).minusMonths(1).toString(), "currency", settings.currency()));
    }

    @PostMapping("/admin/analytics/acquisition-costs")
    String enter(@AuthenticationPrincipal Member me, @RequestParam Map<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            costs.enter(me.id(), form.get("month"), form.get("channel"), form.get("city"), form.get("amount"),
                    form.get("currency"), form.get("reason"));
        } catch (InvalidInputException e) {
            var error = e.errors().getFirst();
            response.setStatus(422);
            model.addAttribute("errorField", error.field());
            model.addAttribute("error", messages.getMessage(error.code(), null, error.message(), locale));
            return page(model, form);
        }
        redirect.addFlashAttribute("flash", "analytics.cac.saved");
        return "redirect:/admin/analytics/acquisition-costs";
    }

    private String page(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("costs", costs.recent(240));
        return "analytics/acquisition-costs";
    }
}
