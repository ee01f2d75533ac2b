package dev.agora.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": when every word must match and nothing does, look at what the words match one at a time
 * (with typos), and replace each word by the closest word of those titles; words nothing resembles are
 * dropped. Offered only when the new query finds something.
 */
final class DidYouMean {

    private DidYouMean() {}

    static @Nullable String suggest(SearchQuery query, ListingSearch search) {
        List<String> replaced = new ArrayList<>();
        for (String term : query.terms()) {
            List<UUID> ids = search.run(query.withTerms(List.of(term), 5)).hits();
            if (!ids.isEmpty()) {
                replaced.add(closest(term, search.titles(ids)));
            }
        }
        if (replaced.isEmpty() || replaced.equals(query.terms())) {
            return null;
        }
        return search.run(query.withTerms(replaced, 1)).total().hitCountLowerBound() > 0
                ? String.join(" ", replaced) : null;
    }

    private static String closest(String term, List<String> titles) {
        Set<String> words = new LinkedHashSet<>();
        titles.forEach(t -> words.addAll(Arrays.asList(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))));
        String best = term;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : words) {
            int distance = distance(term, word);
            if (!word.isEmpty() && distance < bestDistance) {
                best = word;
                bestDistance = distance;
            }
        }
        return bestDistance <= 2 ? best : term;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
