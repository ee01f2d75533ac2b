package dev.agora.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link SearchAnalysis} for Elasticsearch and OpenSearch: the same names, tokenizers and
 * filters in their built-in equivalents, so the mapping, the queries and the results stay the same when the
 * backend is switched by configuration ({@code hibernate.search.backend.type: elasticsearch} and
 * {@code hibernate.search.backend.analysis.configurer: class:dev.agora.search.internal.SearchElasticsearchAnalysis}).
 */
public class SearchElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("agora_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("agora_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("agora_german_stop").type("stop").param("stopwords", "_german_");
        context.tokenFilter("agora_german_light_stem").type("stemmer").param("language", "light_german");
        context.tokenFilter("agora_french_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("agora_french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("agora_french_light_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("agora_spanish_stop").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("agora_spanish_light_stem").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("agora_edge_ngram").type("edge_ngram").param("min_gram", 2).param("max_gram", 15);

        context.analyzer("english").custom()
                .tokenizer("standard")
                .tokenFilters("agora_english_possessive", "lowercase", "asciifolding", "agora_english_stop",
                        "porter_stem");
        context.analyzer("german").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "agora_german_stop", "german_normalization", "agora_german_light_stem");
        context.analyzer("french").custom()
                .tokenizer("standard")
                .tokenFilters("agora_french_elision", "lowercase", "agora_french_stop", "agora_french_light_stem",
                        "asciifolding");
        context.analyzer("spanish").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "agora_spanish_stop", "agora_spanish_light_stem", "asciifolding");
        context.analyzer("neutral").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer("autocomplete").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "agora_edge_ngram");
        context.analyzer("autocomplete_query").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer("lowercase").custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
