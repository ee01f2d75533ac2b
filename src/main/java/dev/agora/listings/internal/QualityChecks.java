package dev.agora.listings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reasons to hold a listing for moderation instead of publishing it: a thin description, the same seller's
 * duplicate (same title or same photo), operator-configured prohibited words. The reason is shown to the seller.
 */
@Component
class QualityChecks {

    private final ListingsSettings settings;
    private final ListingRepository listings;

    QualityChecks(ListingsSettings settings, ListingRepository listings) {
        this.settings = settings;
        this.listings = listings;
    }

    /** Null when the listing may go live, else why not (several reasons joined). */
    @Nullable String reasonToHold(Listing listing, boolean categoryRequiresApproval) {
        List<String> reasons = new ArrayList<>();
        ListingColumns content = listing.content();
        if (categoryRequiresApproval) {
            reasons.add("this category is checked by an operator before publication");
        }
        if (Markdown.summary(content.description(), 10_000).length() < settings.minDescriptionLength()) {
            reasons.add("the description is thin: write at least " + settings.minDescriptionLength() + " characters");
        }
        if (listings.sellerHasOtherWithTitle(listing.sellerId(), listing.id(), content.title())) {
            reasons.add("you already have a listing with this title");
        }
        List<String> hashes = listing.photos().stream().map(Photo::contentHash).toList();
        if (!hashes.isEmpty() && listings.sellerHasOtherWithPhoto(listing.sellerId(), listing.id(), hashes)) {
            reasons.add("a photo is the same as in another of your listings");
        }
        String text = (content.title() + " " + content.description()).toLowerCase(Locale.ROOT);
        for (String word : settings.prohibitedWords()) {
            String lower = word.toLowerCase(Locale.ROOT).strip();
            if (!lower.isEmpty() && Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find()) {
                reasons.add("it contains a word this marketplace does not allow: " + word);
            }
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
