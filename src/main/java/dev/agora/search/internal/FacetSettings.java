package dev.agora.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.search.facets.*} (search-facets helper, issue 5): when facet counts come from a sample of the matches.
 *
 * @param sampleAbove a result set with more matches than this is counted over a sample ({@link FacetSample}); the
 *     counts are scaled back, rounded and marked approximate. Smaller sets are counted exactly. 0: never sample
 * @param sampleSize how many matches the sample should hold at least (the sparsest level that leaves this many):
 *     a value with a share s of the results is then off by about 1 / √(s × sampleSize) (±16 % at s = 0.01)
 */
@ConfigurationProperties("agora.search.facets")
record FacetSettings(@DefaultValue("10000") long sampleAbove, @DefaultValue("4000") long sampleSize) {

    boolean sampling() {
        return sampleAbove > 0;
    }
}
