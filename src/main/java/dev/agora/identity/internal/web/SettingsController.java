package dev.agora.identity.internal.web;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.internal.EmailVerification;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.internal.AccountSettings;
import dev.agora.identity.internal.Languages;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /me/settings}: a member edits their profile, password and avatar. Bad input re-shows the page. */
@Controller
@RequestMapping("/me/settings")
class SettingsController {

    private static final String PAGE = "identity/settings";

    private final AccountSettings settings;
    private final EmailVerification verification;
    private final IdentityManagement identity;
    private final dev.agora.identity.internal.MarketingConsent marketingConsent; // admin (issue 10)
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    SettingsController(AccountSettings settings, EmailVerification verification, IdentityManagement identity,
            dev.agora.identity.internal.MarketingConsent marketingConsent) {
        this.marketingConsent = marketingConsent;
        this.settings = settings;
        this.verification = verification;
        this.identity = identity;
    }

    /** For members whose first verification mail got lost or expired. */
    @PostMapping("/verification")
    String resendVerification(@AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        verification.resend(me.id());
        redirect.addFlashAttribute("flash", "settings.verification.sent");
        return "redirect:/me/settings";
    }

    @GetMapping
    String page(@AuthenticationPrincipal Member me, Locale locale, Model model) {
        PublicProfile profile = settings.profile(me.id());
        return show(model, profile, ProfileForm.of(profile), Map.of(), locale);
    }

    @PostMapping
    String saveProfile(
            @AuthenticationPrincipal Member me,
            @ModelAttribute ProfileForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Member updated = settings.updateProfile(me.id(), form.toChanges());
            refreshSession(updated, request, response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, settings.profile(me.id()), form, messages(e, Map.of()), locale);
        }
        redirect.addFlashAttribute("flash", "settings.saved");
        return "redirect:/me/settings";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal Member me,
            @ModelAttribute PasswordForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            settings.changePassword(me.id(), form.currentPassword(), form.newPassword());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showCurrent(me, model, messages(e, Map.of("password", "newPassword")), locale);
        }
        redirect.addFlashAttribute("flash", "settings.passwordChanged");
        return "redirect:/me/settings";
    }

    @PostMapping("/avatar")
    String changeAvatar(
            @AuthenticationPrincipal Member me,
            @RequestParam(name = "avatar", required = false) MultipartFile avatar,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            settings.changeAvatar(me.id(), avatar == null ? new byte[0] : avatar.getBytes());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showCurrent(me, model, messages(e, Map.of()), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("flash", "settings.avatarChanged");
        return "redirect:/me/settings";
    }

    private String showCurrent(Member me, Model model, Map<String, List<String>> errors, Locale locale) {
        PublicProfile profile = settings.profile(me.id());
        return show(model, profile, ProfileForm.of(profile), errors, locale);
    }

    private String show(
            Model model, PublicProfile profile, ProfileForm form, Map<String, List<String>> errors, Locale locale) {
        model.addAttribute("profile", profile);
        model.addAttribute("emailVerified", identity.isEmailVerified(profile.id()));
        model.addAttribute("initials", Initials.of(profile.displayName()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languageChoices", Languages.choices(locale));
        model.addAttribute("marketingConsent", marketingConsent.given(profile.id())); // admin (issue 10)
        return PAGE;
    }

    /** Field → message keys ({@code settings.error.<code>}), with domain field names renamed for this page. */
    private static Map<String, List<String>> messages(InvalidInputException e, Map<String, String> renamed) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField
                .computeIfAbsent(renamed.getOrDefault(error.field(), error.field()), field -> new ArrayList<>())
                .add("settings.error." + error.code()));
        return byField;
    }

    /** The header shows the display name from the session, so the session must see the change at once. */
    private void refreshSession(Member updated, HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                updated, null, current == null ? updated.getAuthorities() : current.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, response);
    }
}
