package dev.agora.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Issue 12: whether a query has "no close match" — no listing holds all its words and even the nearest listing is
 * further in meaning than the calibrated similarity. The threshold depends on how the query is phrased: a bare name
 * of a thing ("surfboard", "golf clubs", "aquarium 200 l") that nothing resembles is not on offer, while a sentence
 * ("cut the grass", "clean my terrace", "gift for a 5-year-old who likes dinosaurs") describes a need in other words
 * than the listings use, and MiniLM places such needs as far from their answers (0.24–0.44 on bench/relevance) as
 * names are from look-alikes (0.27–0.52). So a query reads as a sentence when it has four words or more
 * ({@link QueryRoute#NATURAL_LANGUAGE}) or any function word of two letters or more ("the", "my", "for", "für",
 * "pour", "para"; single letters are skipped: "l" in "200 l" is a unit, not the French article), and sentences use
 * their own threshold (by default never). Calibration and figures: bench/relevance, NoMatchCalibration,
 * docs/decisions/2026-12-10-no-close-match.md.
 */
final class NoCloseMatch {

    /** Lucene's short English stop set lacks pronouns ("my", "your"); the Snowball list has them. */
    private static final CharArraySet ENGLISH_FUNCTION_WORDS = snowball("english_stop.txt");

    private NoCloseMatch() {}

    /**
     * @param keywordHit some listing holds all the words
     * @param best the best cosine similarity among the neighbours that joined the ranking (−1: none)
     */
    static boolean decide(List<String> terms, QueryRoute route, boolean keywordHit, double best,
            SearchSettings.Semantic semantic) {
        return !keywordHit && best < semantic.noMatchSimilarityFor(phrasedAsSentence(terms, route));
    }

    /** Four words or more, or a function word of any of the four languages: a need described, not a thing named. */
    static boolean phrasedAsSentence(List<String> terms, QueryRoute route) {
        return route == QueryRoute.NATURAL_LANGUAGE || terms.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(NoCloseMatch::functionWord);
    }

    private static boolean functionWord(String word) {
        return word.length() >= 2 && (QueryTerms.isStopWord(word) || ENGLISH_FUNCTION_WORDS.contains(word));
    }

    private static CharArraySet snowball(String resource) {
        try (var in = IOUtils.requireResourceNonNull(SnowballFilter.class.getResourceAsStream(resource), resource)) {
            return CharArraySet.unmodifiableSet(
                    WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
