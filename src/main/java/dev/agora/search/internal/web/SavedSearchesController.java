package dev.agora.search.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.search.internal.SavedSearches;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /me/saved-searches}: a member's saved searches with a link to run each and a button to delete it;
 * the search page's "save this search" form posts here.
 */
@Controller
class SavedSearchesController {

    private final SavedSearches savedSearches;

    SavedSearchesController(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @GetMapping("/me/saved-searches")
    String page(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("savedSearches", savedSearches.of(me.id()));
        return "search/saved-searches";
    }

    @PostMapping("/me/saved-searches")
    String save(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String query, Model model) {
        try {
            savedSearches.save(me.id(), name, query);
            return "redirect:/me/saved-searches?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.errors());
            model.addAttribute("name", name);
            return page(me, model);
        }
    }

    @PostMapping("/me/saved-searches/{id}/delete")
    String delete(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        savedSearches.delete(me.id(), id);
        return "redirect:/me/saved-searches?deleted";
    }
}
