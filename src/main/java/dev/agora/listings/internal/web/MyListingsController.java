package dev.agora.listings.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My listings": status filter, quick price edit (an htmx row swap), bulk pause and the lifecycle buttons. */
@Controller
class MyListingsController {

    static final int PAGE_SIZE = 25;

    private final ListingManagement listings;
    private final MessageSource messages;

    MyListingsController(ListingManagement listings, MessageSource messages) {
        this.listings = listings;
        this.messages = messages;
    }

    @GetMapping("/me/listings")
    String mine(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable ListingStatus status,
            @RequestParam(required = false) @Nullable String cursor, Model model) {
        CursorPage<ListingView> page = listings.listingsOf(me.id(), status, cursor, new PageLimit(PAGE_SIZE));
        model.addAttribute("listings", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("status", status);
        model.addAttribute("statuses", ListingStatus.values());
        return "listings/my-listings";
    }

    @PostMapping("/me/listings/{id}/price")
    String price(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam String price,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
        ListingView listing;
        try {
            listing = listings.changePrice(me.id(), ListingId.of(id), price);
        } catch (InvalidInputException e) {
            listing = listings.find(ListingId.of(id)).orElseThrow();
            model.addAttribute("priceError", FormErrors.of(e, messages, locale).values().iterator().next());
        }
        if (htmx == null) {
            return "redirect:/me/listings";
        }
        // the row fragment iterates over "listings", so it is given the one row to render
        model.addAttribute("listings", List.of(listing));
        return "listings/my-listings :: row";
    }

    @PostMapping("/me/listings/pause")
    String pauseAll(@AuthenticationPrincipal Member me, @RequestParam(name = "ids", required = false) @Nullable List<String> ids,
            RedirectAttributes redirect) {
        listings.pauseAll(me.id(), ids == null ? List.of() : ids.stream().map(ListingId::of).toList());
        redirect.addFlashAttribute("flash", "mine.paused");
        return "redirect:/me/listings";
    }

    @PostMapping("/me/listings/{id}/{action:publish|pause|resume|close|delete}")
    String act(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String action,
            RedirectAttributes redirect) {
        ListingId listingId = ListingId.of(id);
        switch (action) {
            case "publish" -> listings.publish(me.id(), listingId);
            case "pause" -> listings.pause(me.id(), listingId);
            case "resume" -> listings.resume(me.id(), listingId);
            case "close" -> listings.close(me.id(), listingId);
            default -> listings.delete(me.id(), listingId);
        }
        redirect.addFlashAttribute("flash", "mine.done." + action);
        return "redirect:/me/listings";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
    String refused(jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("flash", "mine.refused");
        return "redirect:/me/listings";
    }
}
