/**
 * Search and discovery: a full-text index of published listings (Hibernate Search on Lucene, or
 * Elasticsearch/OpenSearch by configuration) kept up to date from the listing events, keyword search with
 * typo tolerance and synonyms, filters, facets, geo radius, suggestions, and the search pages and API.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"listings", "identity", "kernel"})
@NullMarked
package dev.agora.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
