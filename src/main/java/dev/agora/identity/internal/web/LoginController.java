package dev.agora.identity.internal.web;

import dev.agora.identity.internal.TwoFactorLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final TwoFactorLogin twoFactorLogin;

    LoginController(TwoFactorLogin twoFactorLogin) {
        this.twoFactorLogin = twoFactorLogin;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    /** Reached by forward from the login throttle, which already set 429 and Retry-After. */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletResponse response) {
        response.setStatus(429);
        return "identity/login-throttled";
    }

    @GetMapping("/login/two-factor")
    String secondFactor(HttpServletRequest request) {
        return twoFactorLogin.isPending(request) ? "identity/login-two-factor" : "redirect:/login";
    }

    @PostMapping("/login/two-factor")
    String checkSecondFactor(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        return switch (twoFactorLogin.complete(request, response, code)) {
            case DONE -> "redirect:" + twoFactorLogin.target(request, response);
            case WRONG_CODE -> {
                model.addAttribute("wrongCode", true);
                yield "identity/login-two-factor";
            }
            case LOCKED -> "redirect:/login?locked";
            case NOT_STARTED -> "redirect:/login";
        };
    }
}
