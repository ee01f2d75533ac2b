package dev.agora.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.search.top-hits.*}: how much of a broad result set a search visits (docs/search.md, "Counting and top
 * hits").
 *
 * @param countThreshold without facets, matches are counted exactly up to this many; beyond it the total is a lower
 *     bound ({@code totalExact: false}) and Lucene may skip documents that cannot reach the top hits
 * @param rescoreWindow how many of the best BM25 hits of a query with words get the {@link RelevanceBoosts} added and
 *     are reordered (hits beyond it keep their BM25 order)
 */
@ConfigurationProperties("agora.search.top-hits")
record TopHitsSettings(@DefaultValue("1000") int countThreshold, @DefaultValue("100") int rescoreWindow) {}
