package dev.agora.search.internal.web;

import dev.agora.identity.Member;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.search.internal.Favourites;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The heart: {@code GET /favourites/{id}/heart} renders it with the listing's favourite count (the listing
 * page loads it through htmx, so the listings module needs no knowledge of favourites), {@code POST
 * /me/favourites/{id}} toggles it, {@code /me/favourites} lists a member's favourites.
 */
@Controller
class FavouritesController {

    static final int PAGE_LIMIT = 200;

    private final Favourites favourites;
    private final ListingManagement listings;

    FavouritesController(Favourites favourites, ListingManagement listings) {
        this.favourites = favourites;
        this.listings = listings;
    }

    @GetMapping("/favourites/{id}/heart")
    String heart(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, Model model) {
        ListingId listing = ListingId.of(id);
        return heartView(model, listing, me != null && favourites.isFavourite(me.id(), listing));
    }

    @PostMapping("/me/favourites/{id}")
    String toggle(@AuthenticationPrincipal Member me, @PathVariable String id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        ListingId listing = ListingId.of(id);
        boolean kept = favourites.toggle(me.id(), listing);
        if (htmx == null) {
            return "redirect:" + listings.findVisible(listing).map(ListingView::path).orElse("/me/favourites");
        }
        return heartView(model, listing, kept);
    }

    @GetMapping("/me/favourites")
    String page(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("listings", favourites.of(me.id(), PAGE_LIMIT).stream()
                .map(listings::findVisible).flatMap(Optional::stream).toList());
        return "search/favourites";
    }

    private String heartView(Model model, ListingId listing, boolean kept) {
        model.addAttribute("listingId", listing.toString());
        model.addAttribute("kept", kept);
        model.addAttribute("count", favourites.count(listing));
        return "search/heart :: heart";
    }
}
