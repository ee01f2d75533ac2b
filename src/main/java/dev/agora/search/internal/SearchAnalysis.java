package dev.agora.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers the index uses (referenced from {@code hibernate.search.backend.analysis.configurer}).
 * Synonyms are not baked in here: they are expanded at query time from the operator-edited table, so an
 * edit takes effect without rebuilding the index.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english").custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
                .param("format", "snowball")
                .tokenFilter("porterStem");
        context.analyzer("german").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/german_stop.txt")
                .param("format", "snowball")
                .tokenFilter("germanNormalization")
                .tokenFilter("germanLightStem");
        // issue 12: French and Spanish listings, and a neutral analysis for every listing (unknown languages, typos)
        context.analyzer("french").custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                .param("format", "snowball")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer("spanish").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/spanish_stop.txt")
                .param("format", "snowball")
                .tokenFilter("spanishLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer("neutral").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        // prefixes of each word ("bi", "bik", "bike") at index time; the query side keeps whole words
        context.analyzer("autocomplete").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "15");
        context.analyzer("autocomplete_query").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("lowercase").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
