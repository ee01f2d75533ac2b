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
import org.jspecify.annotations.Nullable;
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
    /** Relevance helper: typo reading of the dictionary, built again when the synonyms or the taxonomy reload. */
    private volatile Typos typos = new Typos(Map.of(), Map.of(), new TypoCorrection(List.of()));

    private record Typos(Map<String, Set<String>> synonyms, Map<String, Set<String>> taxonomy, TypoCorrection reader) {}

    QueryExpansion(Synonyms synonyms, CategoryManagement categories, Clock clock) {
        this.synonyms = synonyms;
        this.categories = categories;
        this.clock = clock;
    }

    List<Concept> concepts(List<String> terms) {
        boolean hasContentWord = terms.stream().anyMatch(t -> !QueryTerms.isStopWord(t));
        TypoCorrection typos = typos();
        // a word the dictionary does not know, read as the dictionary word it nearly is (kept as an alternative)
        List<String> corrected = terms.stream().map(t -> QueryTerms.isStopWord(t) ? t : typos.correct(t).orElse(t)).toList();
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            Concept found = null;
            for (int n = Math.min(MAX_PHRASE, terms.size() - i); n >= 2 && found == null; n--) {
                List<String> words = terms.subList(i, i + n);
                found = phrase(words, String.join(" ", words), List.of());
                String fixed = String.join(" ", corrected.subList(i, i + n));
                if (found == null && !fixed.equals(String.join(" ", words))) {
                    found = phrase(words, fixed, List.of(fixed));
                }
            }
            if (found == null) {
                String word = terms.get(i);
                Set<String> others = alternatives(word);
                if (others.isEmpty() && !typos.knows(word)) {
                    String fixed = typos.compound(word).orElse(corrected.get(i));
                    if (!fixed.equals(word)) {
                        others = new LinkedHashSet<>(List.of(fixed));
                        others.addAll(alternatives(fixed));
                    }
                }
                found = new Concept(List.of(word), limit(others), hasContentWord && QueryTerms.isStopWord(word));
            }
            concepts.add(found);
            i += found.words().size();
        }
        return concepts;
    }

    /** The phrase {@code words} as the dictionary knows it under {@code lookup}, or null. */
    private @Nullable Concept phrase(List<String> words, String lookup, List<String> first) {
        Set<String> others = alternatives(lookup);
        if (others.isEmpty()) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(others);
        return new Concept(List.copyOf(words), limit(all), false);
    }

    private TypoCorrection typos() {
        Map<String, Set<String>> words = synonyms.index();
        Map<String, Set<String>> names = taxonomy();
        Typos built = typos;
        if (built.synonyms() != words || built.taxonomy() != names) { // identity: a reload makes new maps
            List<Set<String>> groups = new ArrayList<>(words.values());
            groups.addAll(names.values());
            built = new Typos(words, names, new TypoCorrection(groups));
            typos = built;
        }
        return built.reader();
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
