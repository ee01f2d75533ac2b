package dev.agora.site.internal;

import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingManagement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    /** Placeholder shortcuts until the listings module publishes its category tree. */
    static final List<String> CATEGORY_SHORTCUTS =
            List.of("bikes", "electronics", "home-garden", "tools", "sports-outdoors", "services");

    private final IdentityManagement identity;
    private final ListingManagement listings;

    HomeController(IdentityManagement identity, ListingManagement listings) {
        this.identity = identity;
        this.listings = listings;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "loggedOut", required = false) @Nullable String loggedOut, Model model) {
        model.addAttribute("members", identity.recentMembers(8));
        model.addAttribute("categoryShortcuts", CATEGORY_SHORTCUTS);
        model.addAttribute("latestListings", listings.latestPublished(12));
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
