package dev.agora.search.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingView;
import dev.agora.search.internal.Favourites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.search.internal.SearchService;
import dev.agora.search.internal.SearchService.Results;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search}: results with a facet sidebar. The URL holds the whole state (shareable, crawlable); the
 * sidebar form re-requests it through htmx, which gets only the {@code results} fragment back.
 */
@Controller
class SearchPageController {

    private final SearchService search;
    private final CategoryManagement categories;
    private final Favourites favourites;
    private final FacetLabels facetLabels;

    SearchPageController(SearchService search, CategoryManagement categories, Favourites favourites,
            FacetLabels facetLabels) {
        this.search = search;
        this.categories = categories;
        this.favourites = favourites;
        this.facetLabels = facetLabels;
    }

    /** A category choice in the sidebar with its number of results. */
    record CategoryChoice(String slug, String name, long count) {}

    @GetMapping("/search")
    String search(@AuthenticationPrincipal @Nullable Member me, @RequestParam MultiValueMap<String, String> params,
            Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        MultiValueMap<String, String> cleaned = new LinkedMultiValueMap<>();
        params.forEach((key, values) -> values.stream().filter(v -> !v.isBlank()).forEach(v -> cleaned.add(key, v)));
        cleaned.remove("lang");
        model.addAttribute("params", cleaned);
        try {
            Results results = search.results(cleaned, locale, me == null ? null : me.id().value());
            model.addAttribute("results", results);
            model.addAttribute("categoryChoices", categoryChoices(results, locale));
            model.addAttribute("facetLabels", facetLabels.of(results.query().category(), results.facets(), locale));
            if (me != null) {
                model.addAttribute("favouriteIds", favourites.amongst(me.id(),
                        results.listings().stream().map(ListingView::id).toList()));
            }
            MultiValueMap<String, String> saved = new LinkedMultiValueMap<>(cleaned);
            saved.remove("cursor");
            if (!saved.isEmpty()) {
                model.addAttribute("queryString", UriComponentsBuilder.newInstance().queryParams(saved).encode().build()
                        .getQuery());
            }
            if (results.nextCursor() != null) {
                MultiValueMap<String, String> next = new LinkedMultiValueMap<>(cleaned);
                next.set("cursor", results.nextCursor());
                model.addAttribute("nextUrl", UriComponentsBuilder.fromPath("/search").queryParams(next).encode()
                        .build().toUriString());
            }
        } catch (InvalidInputException e) {
            // search-edges (issue 12): words with nothing to search for get a sentence, not "q: has no letters"
            boolean nothingToSearch = e.errors().stream().anyMatch(p -> SearchService.NO_SEARCHABLE_TEXT.equals(p.code()));
            model.addAttribute("noSearchableText", nothingToSearch);
            var others = e.errors().stream().filter(p -> !SearchService.NO_SEARCHABLE_TEXT.equals(p.code())).toList();
            if (!others.isEmpty()) {
                model.addAttribute("problems", others);
            }
        }
        return htmx != null ? "search/search :: results" : "search/search";
    }

    private List<CategoryChoice> categoryChoices(Results results, Locale locale) {
        CategoryView current = results.query().category();
        List<CategoryView> shown = current == null
                ? categories.categories().stream().filter(c -> c.parentId() == null).toList()
                : categories.children(current.id());
        Map<String, Long> counts = results.facets().getOrDefault("category", Map.of());
        List<CategoryChoice> choices = new java.util.ArrayList<>();
        if (current != null) {
            choices.add(new CategoryChoice(current.slug(), current.nameIn(locale), results.total()));
        }
        shown.stream()
                .map(c -> new CategoryChoice(c.slug(), c.nameIn(locale), counts.getOrDefault(c.id().toString(), 0L)))
                .filter(choice -> choice.count() > 0).forEach(choices::add);
        return choices;
    }
}
