package dev.agora.search.internal;

import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Autocomplete: titles whose words start with what was typed (edge n-grams), and matching categories. */
@Component
class Suggestions {

    static final int MAX = 8;

    private final EntityManager entityManager;
    private final CategoryManagement categories;

    Suggestions(EntityManager entityManager, CategoryManagement categories) {
        this.entityManager = entityManager;
        this.categories = categories;
    }

    record Suggestion(String text, String kind, String path) {}

    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, Locale locale) {
        List<String> words = SearchRequests.terms(typed);
        if (words.isEmpty() || String.join("", words).length() < 2) {
            return List.of();
        }
        String text = String.join(" ", words);
        List<Suggestion> found = new java.util.ArrayList<>();
        for (CategoryView category : categories.categories()) {
            String name = category.nameIn(locale);
            if (words.stream().allMatch(w -> name.toLowerCase(Locale.ROOT).contains(w)) && found.size() < 3) {
                found.add(new Suggestion(name, "category", "/search?category=" + category.slug()));
            }
        }
        List<String> titles = Search.session(entityManager).search(SearchListing.class)
                .select(f -> f.field("title_exact", String.class))
                .where(f -> f.match().field("title_suggest").matching(text))
                .fetchHits(MAX * 2);
        Set<String> distinct = new LinkedHashSet<>(titles);
        for (String title : distinct) {
            if (found.size() >= MAX) {
                break;
            }
            found.add(new Suggestion(title, "query", "/search?q=" + java.net.URLEncoder.encode(title,
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        return found;
    }
}
