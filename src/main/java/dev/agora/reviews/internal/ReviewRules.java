package dev.agora.reviews.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewerRole;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The content rules of a review, checked together so the author sees every problem at once. */
final class ReviewRules {

    static final int TEXT_MAX = 2000;

    private ReviewRules() {}

    /** The stripped text, or an exception naming each bad field. */
    static String check(ReviewDraft draft, ReviewerRole role) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.rating() == null) {
            errors.add(new FieldError("rating", "reviews.rating.required", "give 1 to 5 stars"));
        } else {
            stars("rating", draft.rating(), errors);
        }
        stars("asDescribed", draft.asDescribed(), errors);
        stars("communication", draft.communication(), errors);
        stars("handoff", draft.handoff(), errors);
        if (role == ReviewerRole.SELLER && draft.asDescribed() != null) {
            errors.add(new FieldError("asDescribed", "reviews.asDescribed.buyersOnly",
                    "only the buyer rates whether the item was as described"));
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.length() > TEXT_MAX) {
            errors.add(new FieldError("text", "reviews.text.length", "must be at most " + TEXT_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return text;
    }

    static String reply(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX) {
            throw InvalidInputException.of("reply", "reviews.reply.length", "write 1 to " + TEXT_MAX + " characters");
        }
        return stripped;
    }

    private static void stars(String field, @Nullable Integer value, List<FieldError> errors) {
        if (value != null && (value < 1 || value > 5)) {
            errors.add(new FieldError(field, "reviews.stars.range", "must be between 1 and 5 stars"));
        }
    }
}
