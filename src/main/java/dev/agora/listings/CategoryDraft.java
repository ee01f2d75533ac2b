package dev.agora.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an operator gives to create or change a category. */
public record CategoryDraft(
        @Nullable String parentSlug,
        String slug,
        String name,
        String nameDe,
        ListingType listingType,
        boolean requiresApproval,
        List<AttributeDefinition> attributes,
        int position) {

    public CategoryDraft {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
