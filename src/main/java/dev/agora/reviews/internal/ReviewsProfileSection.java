package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.ProfileSection;
import dev.agora.identity.PublicProfile;
import dev.agora.reviews.Reputation;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewView;
import dev.agora.reviews.ReviewerRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The reviews block on {@code /u/{handle}}: reputation as seller and as buyer, then the latest reviews with replies. */
@Component
class ReviewsProfileSection implements ProfileSection {

    static final int SHOWN = 20;

    private final ReviewManagement reviews;
    private final IdentityManagement identity;
    private final org.springframework.beans.factory.ObjectProvider<dev.agora.listings.SellerSignals> signals;

    ReviewsProfileSection(ReviewManagement reviews, IdentityManagement identity,
            org.springframework.beans.factory.ObjectProvider<dev.agora.listings.SellerSignals> signals) {
        this.reviews = reviews;
        this.identity = identity;
        this.signals = signals;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "reviews.profile.title";
    }

    @Override
    public String fragment() {
        return "reviews/profile-section :: reviews";
    }

    @Override
    public Map<String, Object> model(AccountId member) {
        Reputation asSeller = reviews.reputationAs(member, ReviewerRole.SELLER);
        Reputation asBuyer = reviews.reputationAs(member, ReviewerRole.BUYER);
        List<ReviewView> latest = reviews.about(member, SHOWN);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("asSeller", asSeller);
        model.put("asBuyer", asBuyer);
        // issue 9: the same badges as on listing pages (verification and reply time from reviews, level from trust)
        model.put("badges", signals.orderedStream().flatMap(source -> source.badgesOf(member).stream()).toList());
        model.put("path", identity.findProfile(member).map(p -> "/u/" + p.handle()).orElse("/"));
        model.put("reviews", latest.stream().map(r -> new Shown(r, authorName(r.authorId()))).toList());
        return model;
    }

    private Author authorName(AccountId author) {
        Optional<PublicProfile> profile = identity.findProfile(author);
        return profile.map(p -> new Author(p.handle(), p.displayName())).orElse(new Author(null, "—"));
    }

    /** A review with its author's public name for the list. */
    public record Shown(ReviewView review, Author author) {}

    public record Author(@org.jspecify.annotations.Nullable String handle, String displayName) {}
}
