package dev.agora.search.internal.web;

import dev.agora.identity.Member;
import dev.agora.listings.ListingId;
import dev.agora.search.internal.Discovery;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Fragments other modules' pages load through htmx, so they need no knowledge of search: "more like this"
 * under a listing (loading it also records the view for a member), and "recently viewed" plus "for you" on
 * the home page for members.
 */
@Controller
class DiscoveryController {

    static final int SHOWN = 8;

    private final Discovery discovery;

    DiscoveryController(Discovery discovery) {
        this.discovery = discovery;
    }

    @GetMapping("/discover/similar/{id}")
    String similar(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, Model model) {
        ListingId listing = ListingId.of(id);
        if (me != null) {
            discovery.viewed(me.id(), listing);
        }
        model.addAttribute("similar", discovery.moreLikeThis(listing, SHOWN));
        return "search/discover :: similar";
    }

    @GetMapping("/discover/home")
    String home(@AuthenticationPrincipal @Nullable Member me, Model model) {
        model.addAttribute("recent", me == null ? java.util.List.of() : discovery.recentlyViewed(me.id(), SHOWN));
        model.addAttribute("forYou", me == null ? java.util.List.of() : discovery.forYou(me.id(), SHOWN));
        return "search/discover :: home";
    }
}
