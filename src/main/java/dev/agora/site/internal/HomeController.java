package dev.agora.site.internal;

import dev.agora.identity.IdentityManagement;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingManagement;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    private final IdentityManagement identity;
    private final ListingManagement listings;
    private final CategoryManagement categories;

    HomeController(IdentityManagement identity, ListingManagement listings, CategoryManagement categories) {
        this.identity = identity;
        this.listings = listings;
        this.categories = categories;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "loggedOut", required = false) @Nullable String loggedOut, Model model) {
        model.addAttribute("categoryShortcuts", categories.categories().stream()
                .filter(category -> category.parentId() == null)
                .sorted(Comparator.comparingInt(CategoryView::position))
                .toList());
        model.addAttribute("latestListings", listings.latestPublished(12));
        model.addAttribute("members", identity.recentMembers(8));
        if (loggedOut != null) {
            model.addAttribute("flash", "flash.loggedOut");
        }
        return "home";
    }

    @GetMapping("/offline")
    String offline() {
        return "site/offline";
    }
}
