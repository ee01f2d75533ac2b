package dev.agora.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an operator gives to create or change a category.
 *
 * @param nameFr the French name, blank when not translated (English shows instead)
 * @param nameEs the Spanish name, blank when not translated
 */
public record CategoryDraft(
        @Nullable String parentSlug,
        String slug,
        String name,
        String nameDe,
        String nameFr,
        String nameEs,
        ListingType listingType,
        boolean requiresApproval,
        List<AttributeDefinition> attributes,
        int position) {

    public CategoryDraft {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        nameFr = nameFr == null ? "" : nameFr;
        nameEs = nameEs == null ? "" : nameEs;
    }

    /** English and German only (French and Spanish show the English name). */
    public CategoryDraft(@Nullable String parentSlug, String slug, String name, String nameDe, ListingType listingType,
            boolean requiresApproval, List<AttributeDefinition> attributes, int position) {
        this(parentSlug, slug, name, nameDe, "", "", listingType, requiresApproval, attributes, position);
    }
}
