package dev.agora.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Issue 12: the forms under which a word or phrase is looked up in the expansion dictionary (synonym sets and
 * the localised taxonomy): without accents, and as each of the four languages' analysers reduces it ("Vélos",
 * "velo" and "vélo" meet). Stop words of any of the four languages are known here so a query does not require them.
 */
final class QueryTerms {

    private static final List<Analyzer> STEMMERS = List.of(new EnglishAnalyzer(), new GermanAnalyzer(),
            new FrenchAnalyzer(), new SpanishAnalyzer());
    private static final List<CharArraySet> STOP_WORDS = List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            GermanAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet());

    private QueryTerms() {}

    /** Every lookup form of the text (empty when it is only stop words or punctuation). */
    static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        String plain = plain(text);
        if (!plain.isEmpty()) {
            keys.add(plain);
        }
        for (Analyzer analyzer : STEMMERS) {
            String stemmed = analyse(analyzer, text);
            if (!stemmed.isEmpty()) {
                keys.add(stemmed);
            }
        }
        return keys;
    }

    /** Lower case, accents removed, words joined by one space. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).strip();
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.stream().anyMatch(set -> set.contains(word));
    }

    private static String analyse(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("k", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(plain(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", tokens).strip();
    }
}
