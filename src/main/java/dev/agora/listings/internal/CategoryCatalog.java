package dev.agora.listings.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CategoryCatalog implements CategoryManagement {

    private final CategoryRepository categories;
    private final ListingViews views;

    CategoryCatalog(CategoryRepository categories, ListingViews views) {
        this.categories = categories;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return categories.findAll().stream()
                .map(Category::toView)
                .sorted(Comparator.comparing((CategoryView c) -> c.parentId() != null)
                        .thenComparingInt(CategoryView::position)
                        .thenComparing(CategoryView::slug))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CategoryView> findCategory(String slug) {
        return categories.findBySlug(slug).map(Category::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> children(CategoryId parent) {
        return categories.findByParentIdOrderByPositionAscSlugAsc(parent.value()).stream()
                .map(Category::toView)
                .toList();
    }

    @Override
    @Transactional
    public CategoryView createCategory(CategoryDraft draft) {
        UUID parent = check(draft, null);
        return categories.save(new Category(parent, draft)).toView();
    }

    @Override
    @Transactional
    public CategoryView updateCategory(CategoryId id, CategoryDraft draft) {
        Category category = categories.findById(id.value())
                .orElseThrow(() -> InvalidInputException.of("id", "category.unknown", "no such category"));
        UUID parent = check(draft, category);
        category.describe(parent, draft);
        views.forgetCategory(category.id());
        return category.toView();
    }

    private @Nullable UUID check(CategoryDraft draft, @Nullable Category existing) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.slug() == null || !draft.slug().matches("[a-z0-9]+(-[a-z0-9]+)*") || draft.slug().length() > 80) {
            errors.add(new FieldError("slug", "category.slug", "must be lower-case words joined by hyphens"));
        } else if (categories.findBySlug(draft.slug()).filter(c -> c != existing).isPresent()) {
            errors.add(new FieldError("slug", "category.slug.taken", "another category has this slug"));
        }
        if (blank(draft.name()) || blank(draft.nameDe()) || draft.name().length() > 80 || draft.nameDe().length() > 80) {
            errors.add(new FieldError("name", "category.name", "name and German name must be 1 to 80 characters"));
        }
        if (draft.nameFr().length() > 80 || draft.nameEs().length() > 80) {
            errors.add(new FieldError("name", "category.name", "French and Spanish names must be at most 80 characters"));
        }
        if (draft.listingType() == null) {
            errors.add(new FieldError("listingType", "category.type", "must be ITEM, RENTAL or SERVICE"));
        }
        UUID parent = null;
        if (draft.parentSlug() != null && !draft.parentSlug().isBlank()) {
            Optional<Category> found = categories.findBySlug(draft.parentSlug());
            if (found.isEmpty() || found.get() == existing) {
                errors.add(new FieldError("parentSlug", "category.parent", "no such parent category"));
            } else {
                parent = found.get().id();
            }
        }
        checkSchema(draft.attributes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parent;
    }

    private static void checkSchema(List<AttributeDefinition> schema, List<FieldError> errors) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < schema.size(); i++) {
            AttributeDefinition definition = schema.get(i);
            String field = "attributes[" + i + "]";
            if (definition.key() == null || !definition.key().matches("[a-z][a-zA-Z0-9]{0,39}") || !keys.add(definition.key())) {
                errors.add(new FieldError(field + ".key", "schema.key", "keys must be unique camelCase words"));
            }
            if (definition.kind() == null) {
                errors.add(new FieldError(field + ".kind", "schema.kind", "must be ENUM, NUMBER, TEXT or BOOLEAN"));
            } else if (definition.kind() == AttributeDefinition.Kind.ENUM && definition.options().isEmpty()) {
                errors.add(new FieldError(field + ".options", "schema.options", "an enum needs options"));
            }
            checkTranslations(definition, field, errors);
            if (definition.min() != null && definition.max() != null && definition.min().compareTo(definition.max()) > 0) {
                errors.add(new FieldError(field + ".min", "schema.range", "min must not exceed max"));
            }
        }
    }

    /** Translated labels of at most 80 characters; translated options one per option (blank: not translated). */
    private static void checkTranslations(AttributeDefinition definition, String field, List<FieldError> errors) {
        definition.labels().forEach((language, label) -> {
            if (!dev.agora.listings.Localised.TRANSLATIONS.contains(language) || label.length() > 80) {
                errors.add(new FieldError(field + ".labels." + language, "schema.translation",
                        "translated labels are de, fr or es and at most 80 characters"));
            }
        });
        definition.optionNames().forEach((language, names) -> {
            if (!dev.agora.listings.Localised.TRANSLATIONS.contains(language) || names.size() > definition.options().size()
                    || names.stream().anyMatch(n -> n == null || n.length() > 80)) {
                errors.add(new FieldError(field + ".optionNames." + language, "schema.optionNames",
                        "give one translated name per option, in the options' order"));
            }
        });
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
