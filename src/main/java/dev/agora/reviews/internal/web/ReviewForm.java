package dev.agora.reviews.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.reviews.ReviewDraft;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The review form as posted; stars arrive as text so "6" or "lots" become a form message, not a 400 page. */
public record ReviewForm(@Nullable String rating, @Nullable String text, @Nullable String asDescribed,
        @Nullable String communication, @Nullable String handoff) {

    static ReviewForm empty() {
        return new ReviewForm(null, null, null, null, null);
    }

    /** A field by name, for the template's aspect loop. */
    public @Nullable String value(String field) {
        return switch (field) {
            case "asDescribed" -> asDescribed;
            case "communication" -> communication;
            case "handoff" -> handoff;
            default -> rating;
        };
    }

    ReviewDraft toDraft() {
        return new ReviewDraft(stars("rating", rating), text, stars("asDescribed", asDescribed),
                stars("communication", communication), stars("handoff", handoff));
    }

    private static @Nullable Integer stars(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(field, "reviews.stars.range",
                    "must be between 1 and 5 stars")));
        }
    }
}
