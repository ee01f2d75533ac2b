package dev.agora.identity.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.internal.AccountErasure;
import dev.agora.identity.internal.MarketingConsent;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data-protection panels of {@code /me/settings}: marketing consent and deleting the account. */
@Controller
@RequestMapping("/me/settings")
class PrivacySettingsController {

    private final MarketingConsent consent;
    private final AccountErasure erasure;

    PrivacySettingsController(MarketingConsent consent, AccountErasure erasure) {
        this.consent = consent;
        this.erasure = erasure;
    }

    @PostMapping("/marketing")
    String marketing(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "false") boolean consent,
            RedirectAttributes redirect) {
        this.consent.change(me.id(), consent);
        redirect.addFlashAttribute("flash", consent ? "settings.marketing.on" : "settings.marketing.off");
        return "redirect:/me/settings";
    }

    /** Needs the current password; afterwards the member is logged out and the account no longer names them. */
    @PostMapping("/delete")
    String delete(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
        try {
            erasure.eraseOwn(me.id(), password);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "settings.delete.wrongPassword");
            return "redirect:/me/settings#delete";
        }
        request.logout();
        return "redirect:/?accountDeleted";
    }
}
