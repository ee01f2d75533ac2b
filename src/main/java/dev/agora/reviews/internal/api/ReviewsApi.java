package dev.agora.reviews.internal.api;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.OrderId;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewView;
import dev.agora.reviews.ReviewerRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Reviews of orders and members; bad input is problem+json naming the field (400), nothing changes. */
@ApiController("/api/v1")
@Tag(name = "Reviews", description = "Double-blind reviews after completed orders, replies, reputation")
class ReviewsApi {

    record Reply(@Nullable String text) {}

    record Hide(@Nullable String reason) {}

    private final ReviewManagement reviews;
    private final IdentityManagement identity;

    ReviewsApi(ReviewManagement reviews, IdentityManagement identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @Operation(summary = "The order's reviews as the signed-in party sees them (the other side's only once revealed)")
    @GetMapping("/orders/{id}/reviews")
    ReviewJson.OrderReviewsJson ofOrder(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return ReviewJson.OrderReviewsJson.of(reviews.ofOrder(signedIn(me).id(), OrderId.of(id)));
    }

    @Operation(summary = "Review the other side of a completed order (1–5 stars, text, optional aspects), once, within the window")
    @PostMapping("/orders/{id}/reviews")
    ResponseEntity<ReviewJson.Review> submit(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestBody ReviewDraft draft) {
        ReviewView review = reviews.submit(signedIn(me).id(), OrderId.of(id), draft);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id + "/reviews")).body(ReviewJson.Review.of(review));
    }

    @Operation(summary = "A member's published reviews with their reputation as seller and as buyer (Bayesian average and count)")
    @GetMapping("/users/{handle}/reviews")
    ReviewJson.MemberReviews ofMember(@PathVariable String handle, @RequestParam(defaultValue = "50") int limit) {
        PublicProfile profile = identity.findProfile(handle)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + handle));
        return new ReviewJson.MemberReviews(profile.handle(),
                ReviewJson.ReputationJson.of(reviews.reputationAs(profile.id(), ReviewerRole.SELLER)),
                ReviewJson.ReputationJson.of(reviews.reputationAs(profile.id(), ReviewerRole.BUYER)),
                reviews.about(profile.id(), limit).stream().map(ReviewJson.Review::of).toList());
    }

    @Operation(summary = "The reviewed member's one public reply")
    @PostMapping("/reviews/{id}/reply")
    ReviewJson.Review reply(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID id, @RequestBody Reply reply) {
        return ReviewJson.Review.of(reviews.reply(signedIn(me).id(), id, reply.text() == null ? "" : reply.text()));
    }

    @Operation(summary = "Moderators and operators hide a review for a policy breach; the reason goes to the audit log")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MODERATOR')")
    @PostMapping("/reviews/{id}/hide")
    ReviewJson.Review hide(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Hide hide) {
        return ReviewJson.Review.of(reviews.hide(me.id(), id, hide.reason() == null ? "" : hide.reason()));
    }

    private static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }
}
