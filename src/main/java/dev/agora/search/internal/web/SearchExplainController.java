package dev.agora.search.internal.web;

import dev.agora.search.internal.SearchExplain;
import dev.agora.kernel.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/search/explain?q=…} (operators; same filters as /search): why each listing ranked where it did.
 * Under /admin, so operators only (SecurityConfiguration's default for the console).
 */
@Controller
class SearchExplainController {

    private static final int LINES = 30;

    private final SearchExplain explain;

    SearchExplainController(SearchExplain explain) {
        this.explain = explain;
    }

    @GetMapping("/admin/search/explain")
    String explain(@RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> cleaned = new LinkedMultiValueMap<>();
        params.forEach((key, values) -> values.stream().filter(v -> !v.isBlank()).forEach(v -> cleaned.add(key, v)));
        model.addAttribute("q", cleaned.getFirst("q"));
        if (cleaned.getFirst("q") != null) {
            try {
                model.addAttribute("explanation", explain.explain(cleaned, LINES));
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "admin/search-explain";
    }
}
