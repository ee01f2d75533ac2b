package dev.agora.identity.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.internal.TwoFactor;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrol (scan the QR code, confirm with a code, note the recovery codes) and disable two-factor login. */
@Controller
class TwoFactorSettingsController {

    /** The secret being enrolled stays in the (database-backed) session until a code confirms it. */
    static final String PENDING_SECRET = TwoFactorSettingsController.class.getName() + ".SECRET";

    private final TwoFactor twoFactor;

    TwoFactorSettingsController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/me/security/two-factor")
    String page(@AuthenticationPrincipal Member me, HttpSession session, Model model) {
        model.addAttribute("errors", Map.of());
        if (twoFactor.isEnabled(me.id())) {
            model.addAttribute("enabled", true);
            return "identity/two-factor";
        }
        String secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending : twoFactor.newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        model.addAttribute("enabled", false);
        model.addAttribute("secret", secret);
        model.addAttribute("qrCode", twoFactor.qrCodeDataUri(secret, me.email()));
        return "identity/two-factor";
    }

    @PostMapping("/me/security/two-factor")
    String enable(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String code, HttpSession session,
            Model model) {
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return "redirect:/me/security/two-factor";
        }
        try {
            model.addAttribute("recoveryCodes", twoFactor.enable(me.id(), secret, code));
        } catch (InvalidInputException invalid) {
            model.addAttribute("enabled", false);
            model.addAttribute("secret", secret);
            model.addAttribute("qrCode", twoFactor.qrCodeDataUri(secret, me.email()));
            model.addAttribute("errors", FormErrors.of(invalid));
            return "identity/two-factor";
        }
        session.removeAttribute(PENDING_SECRET);
        return "identity/two-factor-enabled";
    }

    @PostMapping("/me/security/two-factor/disable")
    String disable(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        try {
            twoFactor.disable(me.id(), password, code);
        } catch (InvalidInputException invalid) {
            model.addAttribute("enabled", true);
            model.addAttribute("errors", FormErrors.of(invalid));
            return "identity/two-factor";
        }
        redirect.addFlashAttribute("flash", "twoFactor.disabled");
        return "redirect:/me/security/two-factor";
    }
}
