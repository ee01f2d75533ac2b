package dev.agora.reviews.internal.web;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.reviews.OrderReviews;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page of an order ({@code /orders/{id}/review}: the form, one's own blind review, the other side's once
 * revealed, the reply), the small panel the order page loads, and the staff action that hides a review.
 */
@Controller
class ReviewPages {

    private static final String PAGE = "reviews/order";

    private final ReviewManagement reviews;
    private final IdentityManagement identity;

    ReviewPages(ReviewManagement reviews, IdentityManagement identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @GetMapping("/orders/{id}/review")
    String page(@AuthenticationPrincipal Member me, @PathVariable String id, Model model, HttpServletResponse response) {
        return show(me, id, ReviewForm.empty(), Map.of(), model, response);
    }

    /** The order page's reviews panel (loaded by htmx once the order is completed). */
    @GetMapping("/orders/{id}/reviews/panel")
    String panel(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        try {
            model.addAttribute("reviews", reviews.ofOrder(me.id(), OrderId.of(id)));
        } catch (InvalidInputException e) {
            model.addAttribute("reviews", null);
        }
        model.addAttribute("orderId", id);
        return "reviews/panel :: panel";
    }

    @PostMapping("/orders/{id}/review")
    String submit(@AuthenticationPrincipal Member me, @PathVariable String id, @ModelAttribute ReviewForm form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            reviews.submit(me.id(), OrderId.of(id), form.toDraft());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(me, id, form, errors(e), model, response);
        }
        redirect.addFlashAttribute("flash", "reviews.flash.submitted");
        return "redirect:/orders/" + id + "/review";
    }

    @PostMapping("/orders/{id}/reviews/{review}/reply")
    String reply(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable UUID review,
            @RequestParam(defaultValue = "") String reply, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.reply(me.id(), review, reply);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(me, id, ReviewForm.empty(), errors(e), model, response);
        }
        redirect.addFlashAttribute("flash", "reviews.flash.replied");
        return "redirect:/orders/" + id + "/review";
    }

    /** Moderators and operators hide a review from the member's profile; the reason goes to the audit log. */
    @PreAuthorize("hasAnyRole('OPERATOR', 'MODERATOR')")
    @PostMapping("/reviews/{review}/hide")
    String hide(@AuthenticationPrincipal Member me, @PathVariable UUID review, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
        try {
            reviews.hide(me.id(), review, reason);
            redirect.addFlashAttribute("flash", "reviews.flash.hidden");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", e.errors().getFirst().code());
        }
        return "redirect:" + (back.startsWith("/u/") ? back : "/");
    }

    private String show(Member me, String id, ReviewForm form, Map<String, List<String>> errors, Model model,
            HttpServletResponse response) {
        OrderReviews state;
        try {
            state = reviews.ofOrder(me.id(), OrderId.of(id));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", e.errors().getFirst().code());
            return "reviews/unavailable";
        }
        model.addAttribute("state", state);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("other", state.theirs().map(ReviewView::authorId)
                .flatMap(identity::findProfile).map(PublicProfile::displayName).orElse(null));
        return PAGE;
    }

    private static Map<String, List<String>> errors(InvalidInputException e) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField.computeIfAbsent(error.field(), f -> new java.util.ArrayList<>()).add(error.code()));
        return byField;
    }
}
