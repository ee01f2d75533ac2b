package dev.agora.search.internal;

import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The category tree as search reads it on every request (the slug of a filter, names of the category facet), kept
 * in memory and read again at most a minute after it was loaded, as {@link QueryExpansion}'s taxonomy is: operators
 * change categories rarely, searches come many a second. A slug not in memory is looked up in the database, so a new
 * category is searchable at once; a changed one (names, attribute schema) within a minute.
 */
@Component
class SearchCategories {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Loaded(List<CategoryView> all, Map<String, CategoryView> bySlug, Instant at) {}

    private final CategoryManagement categories;
    private final Clock clock;
    private volatile Loaded loaded = new Loaded(List.of(), Map.of(), Instant.MIN);

    SearchCategories(CategoryManagement categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    /** Every category, roots first (as {@link CategoryManagement#categories()} orders them). */
    List<CategoryView> all() {
        return current().all();
    }

    Optional<CategoryView> bySlug(String slug) {
        CategoryView known = current().bySlug().get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CategoryView> found = categories.findCategory(slug);
        found.ifPresent(category -> reload()); // new since the last load: the next requests find it in memory
        return found;
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now.at().isBefore(clock.instant().minus(MAX_AGE))) {
            now = reload();
        }
        return now;
    }

    private synchronized Loaded reload() {
        List<CategoryView> all = categories.categories();
        Loaded fresh = new Loaded(all, all.stream().collect(Collectors.toUnmodifiableMap(CategoryView::slug,
                Function.identity(), (a, b) -> a)), clock.instant());
        loaded = fresh;
        return fresh;
    }
}
