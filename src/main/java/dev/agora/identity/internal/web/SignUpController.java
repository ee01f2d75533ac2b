package dev.agora.identity.internal.web;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.validation.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

    record SignUpForm(String email, String password, String displayName) {}

    private final IdentityManagement identity;

    SignUpController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        model.addAttribute("errors", Map.of());
        return "identity/signup";
    }

    @PostMapping("/signup")
    String signUp(SignUpForm form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            identity.register(new SignUp(form.email(), form.password(), form.displayName(), mailLanguage(locale)));
        } catch (InvalidInputException invalid) {
            model.addAttribute("form", new SignUpForm(form.email(), "", form.displayName()));
            model.addAttribute("errors", FormErrors.of(invalid));
            return "identity/signup";
        }
        redirect.addFlashAttribute("email", form.email().trim());
        return "redirect:/signup/check-email";
    }

    @GetMapping("/signup/check-email")
    String checkEmail() {
        return "identity/signup-done";
    }

    /** Mails are written in the languages the bundles have; anything else gets English. */
    private static Locale mailLanguage(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }
}
