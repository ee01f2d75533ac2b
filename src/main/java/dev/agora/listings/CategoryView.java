package dev.agora.listings;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A category of the tree with its attribute schema. */
public record CategoryView(
        CategoryId id,
        @Nullable CategoryId parentId,
        String slug,
        String name,
        String nameDe,
        ListingType listingType,
        boolean requiresApproval,
        List<AttributeDefinition> attributes,
        int position) {

    public String nameIn(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : name;
    }

    public String path() {
        return "/c/" + slug;
    }
}
