package dev.agora.listings.internal.web;

import dev.agora.kernel.config.AgoraSettings;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /c/{slug}}: a category's sub-categories and its newest published listings, 24 a page. */
@Controller
class CategoryPageController {

    static final int PAGE_SIZE = 24;

    private final CategoryManagement categories;
    private final ListingManagement listings;
    private final AgoraSettings settings;

    CategoryPageController(CategoryManagement categories, ListingManagement listings, AgoraSettings settings) {
        this.categories = categories;
        this.listings = listings;
        this.settings = settings;
    }

    @GetMapping("/c/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        CategoryView category = categories.findCategory(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int current = Math.max(0, Math.min(page, 1000));
        List<ListingView> found = listings.publishedInCategory(category.id(), current, PAGE_SIZE + 1);
        model.addAttribute("category", category);
        model.addAttribute("name", category.nameIn(locale));
        model.addAttribute("children", categories.children(category.id()));
        model.addAttribute("listings", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("canonical", settings.baseUrl().toString().replaceAll("/$", "") + category.path()
                + (current > 0 ? "?page=" + current : ""));
        return "listings/category";
    }
}
