package dev.agora.admin.internal.config;

import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.FraudRuleSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/config/fraud-rules}: the fraud rules' switch, thresholds and weights (stored by trust, seeded from the
 * configuration); saving needs a reason, recorded in the audit log with the old and new values.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class FraudRulesConsole {

    private final FraudRuleSettings fraudRules;
    private final ConsoleErrors errors;

    FraudRulesConsole(FraudRuleSettings fraudRules, ConsoleErrors errors) {
        this.fraudRules = fraudRules;
        this.errors = errors;
    }

    @GetMapping("/admin/config/fraud-rules")
    String page(Model model) {
        return page(model, Map.of(), "");
    }

    @PostMapping("/admin/config/fraud-rules")
    String save(@AuthenticationPrincipal Member me, @RequestParam Map<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        fraudRules.all().forEach(setting -> {
            if (form.containsKey(setting.key())) {
                values.put(setting.key(), form.get(setting.key()));
            }
        });
        String reason = form.getOrDefault("reason", "");
        try {
            fraudRules.change(me.id(), values, reason);
        } catch (InvalidInputException e) {
            var error = e.errors().getFirst();
            response.setStatus(422);
            model.addAttribute("errorField", error.field());
            model.addAttribute("error", errors.of(e, locale));
            return page(model, values, reason);
        }
        redirect.addFlashAttribute("flash", "admin.fraud.saved");
        return "redirect:/admin/config/fraud-rules";
    }

    private String page(Model model, Map<String, String> entered, String reason) {
        model.addAttribute("settings", fraudRules.all());
        model.addAttribute("entered", entered);
        model.addAttribute("reason", reason);
        return "admin/config/fraud-rules";
    }
}
