package dev.agora.identity.internal.web;

import dev.agora.identity.internal.EmailVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class VerifyEmailController {

    private final EmailVerification verification;

    VerifyEmailController(EmailVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("outcome", verification.verify(token).name());
        return "identity/verify-email";
    }
}
