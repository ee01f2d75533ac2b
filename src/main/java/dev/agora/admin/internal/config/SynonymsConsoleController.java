package dev.agora.admin.internal.config;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.search.SynonymSet;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import dev.agora.admin.internal.ConsoleErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/config/synonyms} (operators): every synonym set search expands queries with, a form to add one or
 * change one ({@code ?edit=<id>}), and a delete button per set; each change needs a reason for the audit log.
 * Works without JavaScript; refused input re-shows the form with its message (422).
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class SynonymsConsoleController {

    private final SynonymsConsole console;
    private final ConsoleErrors errors;

    SynonymsConsoleController(SynonymsConsole console, ConsoleErrors errors) {
        this.console = console;
        this.errors = errors;
    }

    @GetMapping("/admin/config/synonyms")
    String page(@RequestParam(required = false) @Nullable UUID edit, Model model) {
        SynonymSet editing = console.set(edit);
        return page(model, editing == null ? null : editing.id(),
                editing == null ? "" : String.join(", ", editing.words()), "", null, null);
    }

    @PostMapping("/admin/config/synonyms")
    String save(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable UUID id,
            @RequestParam(defaultValue = "") String words, @RequestParam(defaultValue = "") String reason, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            console.save(me, id, words, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, id, words, reason, e.errors().getFirst().field(), errors.of(e, locale));
        }
        redirect.addFlashAttribute("flash", "admin.synonyms.saved");
        return "redirect:/admin/config/synonyms";
    }

    @PostMapping("/admin/config/synonyms/{id}/delete")
    String delete(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            console.delete(me, id, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, "", "", "delete-" + e.errors().getFirst().field(), errors.of(e, locale));
        }
        redirect.addFlashAttribute("flash", "admin.synonyms.deleted");
        return "redirect:/admin/config/synonyms";
    }

    private String page(Model model, @Nullable UUID editing, String words, String reason, @Nullable String errorField,
            @Nullable String error) {
        model.addAttribute("sets", console.sets());
        model.addAttribute("editing", editing);
        model.addAttribute("words", words);
        model.addAttribute("reason", reason);
        model.addAttribute("errorField", errorField);
        model.addAttribute("error", error);
        return "admin/config/synonyms";
    }
}
