package dev.agora.search.internal;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Issue 12: turns the words of a query into concepts, each matched by its own words or by the other names it has
 * in the operators' synonym sets and the localised taxonomy (category names and enum options in en/de/fr/es): so
 * "Kinderwagen" also looks for "stroller", "vélo" for "bike", "tienda de campaña" (one concept) for "tent".
 * Phrases of up to four words are recognised, longest first. Stop words of any language are optional when
 * the query has other words. The taxonomy is read again at most a minute after a change (synonyms: see
 * {@link Synonyms}); nothing here needs a restart or a reindex.
 */
@Component
class QueryExpansion {

    static final int MAX_PHRASE = 4;
    /** Bounds the query's size: the alternatives per concept (the first ones: the operators' synonyms). */
    static final int MAX_ALTERNATIVES = 12;
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    /**
     * @param words the query's own words (one, or a recognised phrase)
     * @param alternatives other names of the same thing, to match instead
     * @param optional a stop word: matching it helps, but is not required
     */
    record Concept(List<String> words, List<String> alternatives, boolean optional) {

        String text() {
            return String.join(" ", words);
        }
    }

    private final Synonyms synonyms;
    private final CategoryManagement categories;
    private final Clock clock;
    private volatile Map<String, Set<String>> taxonomy = Map.of();
    private volatile Instant taxonomyLoadedAt = Instant.MIN;

    QueryExpansion(Synonyms synonyms, CategoryManagement categories, Clock clock) {
        this.synonyms = synonyms;
        this.categories = categories;
        this.clock = clock;
    }

    List<Concept> concepts(List<String> terms) {
        boolean hasContentWord = terms.stream().anyMatch(t -> !QueryTerms.isStopWord(t));
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            Concept found = null;
            for (int n = Math.min(MAX_PHRASE, terms.size() - i); n >= 2 && found == null; n--) {
                List<String> words = terms.subList(i, i + n);
                Set<String> others = alternatives(String.join(" ", words));
                if (!others.isEmpty()) {
                    found = new Concept(List.copyOf(words), limit(others), false);
                }
            }
            if (found == null) {
                String word = terms.get(i);
                found = new Concept(List.of(word), limit(alternatives(word)),
                        hasContentWord && QueryTerms.isStopWord(word));
            }
            concepts.add(found);
            i += found.words().size();
        }
        return concepts;
    }

    /** The other names of a word or phrase: its synonym sets first, then its taxonomy entries. */
    Set<String> alternatives(String phrase) {
        Set<String> keys = QueryTerms.keys(phrase);
        Set<String> found = new LinkedHashSet<>();
        for (String key : keys) {
            found.addAll(synonyms.of(key));
        }
        Map<String, Set<String>> names = taxonomy();
        for (String key : keys) {
            found.addAll(names.getOrDefault(key, Set.of()));
        }
        found.removeIf(other -> QueryTerms.plain(other).equals(QueryTerms.plain(phrase)));
        return found;
    }

    private Map<String, Set<String>> taxonomy() {
        if (taxonomyLoadedAt.isBefore(clock.instant().minus(MAX_AGE))) {
            reloadTaxonomy();
        }
        return taxonomy;
    }

    /** Category names, and each enum option with its translations, as groups of names for the same thing. */
    synchronized void reloadTaxonomy() {
        List<Collection<String>> groups = new ArrayList<>();
        for (CategoryView category : categories.categories()) {
            groups.add(category.names());
            for (AttributeDefinition attribute : category.attributes()) {
                attribute.options().forEach(option -> groups.add(attribute.optionNamesOf(option)));
            }
        }
        taxonomy = index(groups);
        taxonomyLoadedAt = clock.instant();
    }

    /** Each name's lookup forms to the group's names. */
    static Map<String, Set<String>> index(Collection<? extends Collection<String>> groups) {
        Map<String, Set<String>> index = new HashMap<>();
        for (Collection<String> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            for (String name : group) {
                for (String key : QueryTerms.keys(name)) {
                    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(group);
                }
            }
        }
        index.replaceAll((key, names) -> Set.copyOf(names));
        return Map.copyOf(index);
    }

    private static List<String> limit(Set<String> alternatives) {
        return alternatives.stream().limit(MAX_ALTERNATIVES).toList();
    }
}
