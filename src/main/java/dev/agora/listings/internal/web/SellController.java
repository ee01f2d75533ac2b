package dev.agora.listings.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.listings.NotYourListingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sell wizard, built for a phone: 1. pick a category, 2. details (fields follow the category's type and
 * attribute schema), 3. photos, 4. publish. Each step is a plain form that works without JavaScript.
 */
@Controller
class SellController {

    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final MessageSource messages;

    SellController(ListingManagement listings, CategoryManagement categories, MessageSource messages) {
        this.listings = listings;
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping("/sell")
    String start(@RequestParam(required = false) @Nullable String category, Model model) {
        if (category == null || categories.findCategory(category).isEmpty()) {
            model.addAttribute("groups", leavesByRoot());
            return "listings/sell-category";
        }
        ListingForm form = new ListingForm();
        form.setCategory(category);
        return details(model, form, null, Map.of());
    }

    @PostMapping("/sell")
    String create(@AuthenticationPrincipal Member me, @ModelAttribute("form") ListingForm form, Model model,
            Locale locale) {
        try {
            ListingView created = listings.create(me.id(), form.toDraft(chosen(form)));
            return "redirect:/sell/" + created.id() + "/photos";
        } catch (InvalidInputException e) {
            return details(model, form, null, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/sell/{id}")
    String edit(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        ListingView listing = own(me, id);
        return details(model, ListingForm.of(listing), listing, Map.of());
    }

    @PostMapping("/sell/{id}")
    String update(@AuthenticationPrincipal Member me, @PathVariable String id, @ModelAttribute("form") ListingForm form,
            Model model, Locale locale, RedirectAttributes redirect) {
        ListingView listing = own(me, id);
        try {
            listings.update(me.id(), listing.id(), null, form.toDraft(chosen(form)));
            redirect.addFlashAttribute("flash", "sell.saved");
            return "redirect:/sell/" + id + "/photos";
        } catch (InvalidInputException e) {
            return details(model, form, listing, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/sell/{id}/photos")
    String photos(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        model.addAttribute("listing", own(me, id));
        return "listings/sell-photos";
    }

    @PostMapping("/sell/{id}/photos")
    String upload(@AuthenticationPrincipal Member me, @PathVariable String id,
            @RequestParam(name = "photos", required = false) org.springframework.web.multipart.MultipartFile[] photos,
            Model model, Locale locale) throws java.io.IOException {
        ListingView listing = own(me, id);
        try {
            for (var photo : photos == null ? new org.springframework.web.multipart.MultipartFile[0] : photos) {
                if (!photo.isEmpty()) {
                    listing = listings.addPhoto(me.id(), listing.id(), photo.getBytes());
                }
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("listing", listings.find(listing.id()).orElseThrow());
            return "listings/sell-photos";
        }
        return "redirect:/sell/" + id + "/photos";
    }

    @PostMapping("/sell/{id}/photos/order")
    String reorder(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam String order) {
        listings.reorderPhotos(me.id(), ListingId.of(id), Arrays.stream(order.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        return "redirect:/sell/" + id + "/photos";
    }

    @PostMapping("/sell/{id}/photos/{photoId}/delete")
    String removePhoto(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String photoId) {
        listings.removePhoto(me.id(), ListingId.of(id), photoId);
        return "redirect:/sell/" + id + "/photos";
    }

    @PostMapping("/sell/{id}/publish")
    String publish(@AuthenticationPrincipal Member me, @PathVariable String id, RedirectAttributes redirect,
            Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        ListingView listing;
        try {
            listing = listings.publish(me.id(), ListingId.of(id));
        } catch (InvalidInputException e) {
            // reviews helper (issue 9): a missing verification level is shown on the publish step
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("listing", own(me, id));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "listings/sell-photos";
        }
        redirect.addFlashAttribute("flash", listing.isPublished() ? "sell.published" : "sell.held");
        return "redirect:" + listing.path();
    }

    @ExceptionHandler(NotYourListingException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "listings/not-found";
    }

    private String details(Model model, ListingForm form, @Nullable ListingView listing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("category", chosen(form));
        model.addAttribute("listing", listing);
        model.addAttribute("errors", errors);
        return "listings/sell-details";
    }

    record Group(CategoryView root, java.util.List<CategoryView> leaves) {}

    /** Sellers pick a leaf category; the leaves are grouped under their root (goods, rentals, services). */
    private java.util.List<Group> leavesByRoot() {
        var all = categories.categories();
        var byId = all.stream().collect(java.util.stream.Collectors.toMap(CategoryView::id, c -> c));
        var parents = all.stream().map(CategoryView::parentId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return all.stream().filter(c -> c.parentId() == null)
                .map(root -> new Group(root, all.stream()
                        .filter(c -> !parents.contains(c.id()) && c.parentId() != null && rootOf(c, byId).equals(root.id()))
                        .toList()))
                .toList();
    }

    private static dev.agora.listings.CategoryId rootOf(CategoryView category,
            Map<dev.agora.listings.CategoryId, CategoryView> byId) {
        CategoryView current = category;
        while (current.parentId() != null && byId.containsKey(current.parentId())) {
            current = byId.get(current.parentId());
        }
        return current.id();
    }

    private @Nullable CategoryView chosen(ListingForm form) {
        return categories.findCategory(form.getCategory()).orElse(null);
    }

    private ListingView own(Member me, String id) {
        ListingView listing = listings.find(ListingId.of(id))
                .orElseThrow(() -> new dev.agora.listings.ListingNotFoundException(id));
        if (!listing.sellerId().equals(me.id())) {
            throw new NotYourListingException(listing.id());
        }
        return listing;
    }
}
