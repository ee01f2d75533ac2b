package dev.agora.listings.internal.web;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.config.AgoraSettings;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingView;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The public listing page at its canonical URL {@code /l/{id}-{slug}}; any other slug redirects there (301). */
@Controller
class ListingPageController {

    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final IdentityManagement identity;
    private final AgoraSettings settings;
    private final SellerSignalsView signals;
    private final dev.agora.listings.ServiceSlots slots;
    private final java.time.Clock clock;
    private final dev.agora.listings.RentalCalendar rentals; // issue 6: booked days on the page

    ListingPageController(ListingManagement listings, CategoryManagement categories, IdentityManagement identity,
            AgoraSettings settings, SellerSignalsView signals, dev.agora.listings.ServiceSlots slots,
            java.time.Clock clock, dev.agora.listings.RentalCalendar rentals) {
        this.rentals = rentals;
        this.signals = signals;
        this.slots = slots;
        this.clock = clock;
        this.listings = listings;
        this.categories = categories;
        this.identity = identity;
        this.settings = settings;
    }

    @GetMapping("/l/{idAndSlug}")
    Object page(@PathVariable String idAndSlug, @AuthenticationPrincipal @Nullable Member me, Model model,
            Locale locale) {
        if (idAndSlug.length() < 36) {
            throw new ListingNotFoundException(idAndSlug);
        }
        ListingId id = ListingId.of(idAndSlug.substring(0, 36));
        ListingView listing = listings.findVisible(id)
                .or(() -> listings.find(id).filter(l -> me != null && l.sellerId().equals(me.id())))
                .orElseThrow(() -> new ListingNotFoundException(id));
        if (!idAndSlug.equals(id + "-" + listing.slug())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, listing.path()).build();
        }
        String baseUrl = baseUrl();
        Optional<PublicProfile> seller = identity.findProfile(listing.sellerId());
        String summary = Summaries.of(listing.descriptionHtml(), 155);
        model.addAttribute("listing", listing);
        model.addAttribute("bookedDates", listing.type() == dev.agora.listings.ListingType.RENTAL
                ? rentals.bookedDates(listing.id(), rentals.today()).stream().limit(60).toList() : java.util.List.of());
        model.addAttribute("seller", seller.orElse(null));
        model.addAttribute("category", categories.findCategory(listing.categorySlug()).orElse(null));
        model.addAttribute("own", me != null && listing.sellerId().equals(me.id()));
        model.addAttribute("price", listing.price().format(locale));
        model.addAttribute("metaDescription", summary);
        model.addAttribute("canonical", baseUrl + listing.path());
        model.addAttribute("ogImage", listing.cover() == null ? null : baseUrl + listing.cover().largeUrl());
        SellerSignalsView.Signals sellerSignals = signals.of(listing.sellerId());
        model.addAttribute("sellerSignals", sellerSignals);
        model.addAttribute("jsonLd", StructuredData.jsonLd(listing, baseUrl,
                seller.map(PublicProfile::displayName).orElse("Agora member"), summary, sellerSignals.rating()));
        if (listing.bookingMode() == dev.agora.listings.BookingMode.SLOTS && listing.isPublished()) {
            java.time.LocalDate from = java.time.LocalDate.now(clock).minusDays(1);
            model.addAttribute("openings", slots.openings(listing.id(), from, from.plusDays(15)).stream()
                    .filter(o -> !o.full()).limit(6).toList());
        }
        return "listings/listing";
    }

    @ExceptionHandler(ListingNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "listings/not-found";
    }

    private String baseUrl() {
        String base = settings.baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
