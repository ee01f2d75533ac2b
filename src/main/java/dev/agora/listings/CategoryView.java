package dev.agora.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A category of the tree with its attribute schema; its name in English, German, French and Spanish. */
public record CategoryView(
        CategoryId id,
        @Nullable CategoryId parentId,
        String slug,
        String name,
        String nameDe,
        String nameFr,
        String nameEs,
        ListingType listingType,
        boolean requiresApproval,
        List<AttributeDefinition> attributes,
        int position) {

    /** The name in the visitor's language; English where the category has no translation. */
    public String nameIn(Locale locale) {
        String translated = switch (locale.getLanguage()) {
            case "de" -> nameDe;
            case "fr" -> nameFr;
            case "es" -> nameEs;
            default -> name;
        };
        return translated == null || translated.isBlank() ? name : translated;
    }

    /** Every distinct name the category has, English first (search matches any of them). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String candidate : List.of(name, nameDe, nameFr, nameEs)) {
            if (candidate != null && !candidate.isBlank() && !names.contains(candidate)) {
                names.add(candidate);
            }
        }
        return names;
    }

    public String path() {
        return "/c/" + slug;
    }
}
