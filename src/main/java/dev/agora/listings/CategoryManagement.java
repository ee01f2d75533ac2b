package dev.agora.listings;

import java.util.List;
import java.util.Optional;

/** The category tree: read by everyone, changed by operators. */
public interface CategoryManagement {

    /** Every category, roots first, each level in its position order. */
    List<CategoryView> categories();

    Optional<CategoryView> findCategory(String slug);

    List<CategoryView> children(CategoryId parent);

    CategoryView createCategory(CategoryDraft draft);

    CategoryView updateCategory(CategoryId id, CategoryDraft draft);
}
