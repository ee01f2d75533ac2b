package dev.agora.search.internal.web;

import dev.agora.search.internal.SearchOperations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/search}: the operator's view of the search index: the last reindex, and the vector backfill
 * (issue 12) with a progress bar that htmx refreshes every few seconds while it runs, and a button to start it.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class SearchConsole {

    private final SearchOperations operations;

    SearchConsole(SearchOperations operations) {
        this.operations = operations;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("reindex", operations.reindex());
        model.addAttribute("backfill", operations.backfill());
        return "search/console";
    }

    /** The progress panel alone, for htmx's polling. */
    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        page(model);
        return "search/console :: progress";
    }

    @PostMapping("/admin/search/vectors")
    String startBackfill(RedirectAttributes redirect) {
        redirect.addFlashAttribute("started", operations.startBackfill());
        return "redirect:/admin/search";
    }
}
