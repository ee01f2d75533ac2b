package dev.agora.identity.internal.web;

import dev.agora.identity.internal.PasswordResets;
import dev.agora.identity.internal.TokenOutcome;
import dev.agora.kernel.validation.InvalidInputException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The request always ends on the same "sent" page, whether or not the address has an account. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String form() {
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email) {
        resets.request(email);
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent() {
        return "identity/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model) {
        TokenOutcome state = resets.check(token);
        if (state != TokenOutcome.DONE) {
            model.addAttribute("outcome", state.name());
            return "identity/password-reset-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return "identity/password-reset-new";
    }

    @PostMapping("/password-reset/{token}")
    String setNewPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model) {
        TokenOutcome outcome;
        try {
            outcome = resets.reset(token, password);
        } catch (InvalidInputException invalid) {
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(invalid));
            return "identity/password-reset-new";
        }
        if (outcome != TokenOutcome.DONE) {
            model.addAttribute("outcome", outcome.name());
            return "identity/password-reset-invalid";
        }
        return "redirect:/login?reset";
    }
}
