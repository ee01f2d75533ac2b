package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/**
 * Both configurers define the same analysers and normaliser by name, so switching the backend by
 * configuration keeps the mapping valid; checked offline by recording the calls each makes.
 */
class ElasticsearchAnalysisTests {

    @Test
    void elasticsearchDefinesEveryAnalyserLuceneDefines() {
        List<String> lucene = new ArrayList<>();
        new SearchAnalysis().configure(recorder(LuceneAnalysisConfigurationContext.class, lucene));
        List<String> elasticsearch = new ArrayList<>();
        new SearchElasticsearchAnalysis().configure(recorder(ElasticsearchAnalysisConfigurationContext.class, elasticsearch));

        assertThat(defined(lucene)).containsExactly("analyzer english", "analyzer german", "analyzer french",
                "analyzer spanish", "analyzer neutral", "analyzer autocomplete",
                "analyzer autocomplete_query", "normalizer lowercase");
        assertThat(defined(elasticsearch)).containsExactlyElementsOf(defined(lucene));
        // the Elasticsearch filters the analysers use are all built in or defined alongside
        assertThat(elasticsearch).contains("tokenFilter agora_english_stop", "type stop", "param stopwords _english_",
                "tokenFilter agora_edge_ngram", "param min_gram 2", "param max_gram 15");
    }

    private static List<String> defined(List<String> calls) {
        return calls.stream().filter(c -> c.startsWith("analyzer ") || c.startsWith("normalizer ")).toList();
    }

    /** A fake of any fluent configuration interface: records "method arguments" and returns a fake of the result type. */
    @SuppressWarnings("unchecked")
    private static <T> T recorder(Class<T> type, List<String> calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            StringBuilder call = new StringBuilder(method.getName());
            if (args != null) {
                for (Object arg : args) {
                    call.append(' ').append(arg instanceof Object[] array ? String.join(",",
                            java.util.Arrays.stream(array).map(String::valueOf).toList()) : arg);
                }
            }
            calls.add(call.toString());
            Class<?> returned = method.getReturnType();
            return returned.isInterface() ? recorder(returned, calls) : null;
        });
    }
}
