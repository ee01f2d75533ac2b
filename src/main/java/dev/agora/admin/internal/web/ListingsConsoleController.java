package dev.agora.admin.internal.web;

import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/listings}: find listings by title and status, with links to the listing and its seller. */
@Controller
class ListingsConsoleController {

    private final ListingManagement listings;

    ListingsConsoleController(ListingManagement listings) {
        this.listings = listings;
    }

    @GetMapping("/admin/listings")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status, Model model) {
        ListingStatus chosen = Arrays.stream(ListingStatus.values())
                .filter(s -> s.name().equals(status.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        model.addAttribute("q", q);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("listings", listings.search(q, chosen, 50));
        return "admin/listings";
    }
}
