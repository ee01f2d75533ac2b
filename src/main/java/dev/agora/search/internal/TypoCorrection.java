package dev.agora.search.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 12 (relevance helper): reads a query word the expansion dictionary does not know as the dictionary word it
 * nearly is, so a misspelt item still meets its other names ("strolller" → stroller → Kinderwagen, "raod bike" → the
 * phrase "road bike"). Lucene's fuzzy match already finds near misses of words the listings contain; this finds
 * them in the dictionary, whose other names (translations, closed compounds) a typo otherwise never reaches. Same
 * budget as the fuzzy match: none below four letters, one edit up to seven, two beyond, the first letter kept; a
 * transposition is one edit. Also reads a closed compound ("lawnmower") as the dictionary's open one ("lawn mower").
 */
final class TypoCorrection {

    private final Set<String> words = new HashSet<>();
    private final Map<String, String> compounds = new HashMap<>();

    /** From the dictionary's groups of names (synonym sets, taxonomy). */
    TypoCorrection(Collection<? extends Collection<String>> groups) {
        for (Collection<String> group : groups) {
            for (String name : group) {
                String plain = QueryTerms.plain(name);
                for (String word : plain.split(" ")) {
                    if (word.length() >= 3) {
                        words.add(word);
                    }
                }
                if (plain.indexOf(' ') > 0) {
                    compounds.putIfAbsent(plain.replace(" ", ""), plain);
                }
            }
        }
    }

    boolean knows(String word) {
        return words.contains(QueryTerms.plain(word));
    }

    /** The nearest dictionary word within the budget; empty when the word is known, none is near, or two tie. */
    Optional<String> correct(String word) {
        String plain = QueryTerms.plain(word);
        int budget = budget(plain.length());
        if (budget == 0 || words.contains(plain) || plain.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = budget + 1;
        boolean tie = false;
        for (String candidate : words) {
            if (candidate.charAt(0) != plain.charAt(0) || Math.abs(candidate.length() - plain.length()) > budget) {
                continue;
            }
            int d = distance(plain, candidate, budget);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != null && !candidate.equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The open compound a closed one stands for ("lawnmower" → "lawn mower"), if the dictionary has it. */
    Optional<String> compound(String word) {
        return Optional.ofNullable(compounds.get(QueryTerms.plain(word)));
    }

    static int budget(int length) {
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }

    /** Optimal string alignment distance (a swap of neighbours is one edit), or {@code max + 1} once beyond it. */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }
}
