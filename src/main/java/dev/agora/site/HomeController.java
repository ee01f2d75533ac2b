package dev.agora.site;

import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final IdentityManagement identity;
    private final ListingManagement listings;

    HomeController(IdentityManagement identity, ListingManagement listings) {
        this.identity = identity;
        this.listings = listings;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("members", identity.recentMembers(8));
        model.addAttribute("latestListings", listings.latestPublished(12));
        return "home";
    }
}
