package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Search-keyword helper (issue 5): whether a query word is a common word of the listings, read from the Lucene index
 * (document frequency in the neutral title and description). A word that many listings hold is no typo, so its
 * keyword match needs no fuzzy clause: Lucene's fuzzy match builds an automaton per field, walks the term
 * dictionaries and scans the postings of up to 50 near words (for "sofa": "soft", "sofas"...), the largest part of a
 * common query's cost at a million listings. Another backend (Elasticsearch) answers "unknown": every word then
 * keeps its fuzzy match.
 */
@Component
class IndexedWords {

    /** Fields analysed neutrally (lower case, accents folded): the word as typed, unstemmed. */
    private static final List<String> FIELDS = List.of("title", "description");
    /** A word held by fewer listings than this share (and at least by two) may be a typo of another. */
    static final int COMMON_PER_LISTINGS = 10_000;

    private final EntityManager entityManager;
    private volatile boolean lucene = true;
    /** The index's search analyzer, resolved on first use (it does not change while the application runs). */
    private volatile @Nullable Analyzer analyzer;

    IndexedWords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The words of these that the listings hold commonly: every token of the word is held by enough listings to rule
     * out a typo. One index reader for all of them (a query asks once). Empty when unknown (another backend).
     */
    Set<String> common(Collection<String> words) {
        if (!lucene || words.isEmpty()) {
            return Set.of();
        }
        try {
            Analyzer analyzer = analyzer();
            var scope = Search.session(entityManager).scope(SearchListing.class).extension(LuceneExtension.get());
            try (IndexReader reader = scope.openIndexReader()) {
                int threshold = Math.max(2, reader.maxDoc() / COMMON_PER_LISTINGS);
                Set<String> common = new HashSet<>();
                for (String word : words) {
                    if (common(reader, analyzer, word, threshold)) {
                        common.add(word);
                    }
                }
                return common;
            }
        } catch (SearchException e) {
            lucene = false; // not the Lucene backend
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean common(IndexReader reader, Analyzer analyzer, String word, int threshold)
            throws IOException {
        List<String> tokens = tokens(analyzer, word);
        if (tokens.isEmpty()) {
            return false;
        }
        for (String token : tokens) {
            int listings = 0;
            for (String field : FIELDS) {
                listings += reader.docFreq(new Term(field, token));
            }
            if (listings < threshold) {
                return false;
            }
        }
        return true;
    }

    private Analyzer analyzer() {
        Analyzer resolved = analyzer;
        if (resolved == null) {
            resolved = Search.mapping(entityManager.getEntityManagerFactory()).indexManager("listings")
                    .unwrap(LuceneIndexManager.class).searchAnalyzer();
            analyzer = resolved;
        }
        return resolved;
    }

    private static List<String> tokens(Analyzer analyzer, String word) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
