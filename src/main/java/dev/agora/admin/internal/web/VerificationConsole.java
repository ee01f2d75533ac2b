package dev.agora.admin.internal.web;

import dev.agora.identity.IdDocumentReview;
import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.VerificationRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/verification} (operators, issue 9): which level selling in a category or above a price needs, edited
 * with a reason (audit log through listings' event), and the ID checks waiting for staff: open the decrypted document
 * (each opening audited with its reason) and approve or reject with a reason. Bad input re-shows the page with the
 * messages and changes nothing.
 */
@Controller
@RequestMapping("/admin/verification")
class VerificationConsole {

    private final VerificationRules rules;
    private final CategoryManagement categories;
    private final IdDocumentReview review;
    private final VerificationManagement verification;
    private final MemberAdministration members;

    VerificationConsole(VerificationRules rules, CategoryManagement categories, IdDocumentReview review,
            VerificationManagement verification, MemberAdministration members) {
        this.rules = rules;
        this.categories = categories;
        this.review = review;
        this.verification = verification;
        this.members = members;
    }

    @GetMapping
    String overview(Model model) {
        return show(model, List.of());
    }

    @PostMapping("/requirements")
    String add(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String categorySlug,
            @RequestParam(defaultValue = "") String minPrice, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            rules.add(me.id(), categorySlug.isBlank() ? null : categorySlug, price(minPrice), level(level), reason);
        } catch (InvalidInputException e) {
            return show(model, messages(e));
        }
        redirect.addFlashAttribute("flash", "admin.verification.saved");
        return "redirect:/admin/verification";
    }

    @PostMapping("/requirements/{id}/removal")
    String remove(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        try {
            if (!rules.remove(me.id(), id, reason)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (InvalidInputException e) {
            return show(model, messages(e));
        }
        redirect.addFlashAttribute("flash", "admin.verification.removed");
        return "redirect:/admin/verification";
    }

    @GetMapping("/id-checks/{id}")
    String check(@PathVariable UUID id, Model model) {
        return showCheck(id, model, List.of());
    }

    /** The decrypted document, only with a reason; the identity module audits the opening. Never cached. */
    @PostMapping("/id-checks/{id}/document")
    Object document(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model) {
        try {
            var image = verification.openDocument(me.id(), id, reason);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                    .cacheControl(CacheControl.noStore()).body(image.content());
        } catch (InvalidInputException e) {
            return showCheck(id, model, messages(e));
        }
    }

    @PostMapping("/id-checks/{id}/decision")
    String decide(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            if (!decision.equals("approve") && !decision.equals("reject")) {
                throw InvalidInputException.of("decision", "admin.verification.decision", "Choose approve or reject");
            }
            review.decide(me.id(), id, decision.equals("approve"), reason);
        } catch (InvalidInputException e) {
            return showCheck(id, model, messages(e));
        }
        redirect.addFlashAttribute("flash", decision.equals("approve") ? "admin.verification.approved" : "admin.verification.rejected");
        return "redirect:/admin/verification";
    }

    private String show(Model model, List<String> errors) {
        model.addAttribute("requirements", rules.all());
        model.addAttribute("categories", categories.categories());
        model.addAttribute("levels", List.of(VerificationLevel.values()));
        model.addAttribute("pending", review.pending(200));
        model.addAttribute("errors", errors);
        return "admin/verification/overview";
    }

    private String showCheck(UUID id, Model model, List<String> errors) {
        var check = review.pending(500).stream().filter(c -> c.checkId().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("check", check);
        model.addAttribute("owner", members.find(check.owner()).orElse(null));
        model.addAttribute("levels", verification.levelsOf(check.owner()));
        model.addAttribute("errors", errors);
        return "admin/verification/id-check";
    }

    private static List<String> messages(InvalidInputException e) {
        return e.errors().stream().map(InvalidInputException.FieldError::message).distinct().toList();
    }

    private static @Nullable BigDecimal price(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("minPrice", "listing.requirement.price", "the minimum price is a number such as 500");
        }
    }

    private static @Nullable VerificationLevel level(String text) {
        try {
            return text.isBlank() ? null : VerificationLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
