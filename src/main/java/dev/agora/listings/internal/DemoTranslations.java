package dev.agora.listings.internal;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Issue 12: a demo catalogue seeded before categories were localised gets the demo translations where it has
 * none (blank French/Spanish names, attributes without translated labels). What an operator entered is kept.
 */
final class DemoTranslations {

    private DemoTranslations() {}

    /** The existing category with the demo's missing translations, or empty when nothing is missing. */
    static Optional<CategoryDraft> fill(CategoryView existing, @Nullable String parentSlug, CategoryDraft demo) {
        boolean changed = false;
        String nameFr = existing.nameFr();
        String nameEs = existing.nameEs();
        if (nameFr.isBlank() && !demo.nameFr().isBlank()) {
            nameFr = demo.nameFr();
            changed = true;
        }
        if (nameEs.isBlank() && !demo.nameEs().isBlank()) {
            nameEs = demo.nameEs();
            changed = true;
        }
        List<AttributeDefinition> schema = new ArrayList<>();
        for (AttributeDefinition attribute : existing.attributes()) {
            AttributeDefinition demoAttribute = find(demo.attributes(), attribute.key());
            if (attribute.labels().isEmpty() && attribute.optionNames().isEmpty() && demoAttribute != null
                    && demoAttribute.options().equals(attribute.options()) && !demoAttribute.labels().isEmpty()) {
                schema.add(attribute.translated(demoAttribute.labels(), demoAttribute.optionNames()));
                changed = true;
            } else {
                schema.add(attribute);
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(new CategoryDraft(parentSlug, existing.slug(), existing.name(), existing.nameDe(), nameFr,
                nameEs, existing.listingType(), existing.requiresApproval(), schema, existing.position()));
    }

    private static @Nullable AttributeDefinition find(List<AttributeDefinition> schema, String key) {
        return schema.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }
}
