/**
 * Search and discovery: a full-text index of published listings (Hibernate Search on Lucene, or
 * Elasticsearch/OpenSearch by configuration) kept up to date from the listing events, keyword search with
 * typo tolerance and synonyms, filters, facets, geo radius, suggestions, and the search pages and API. Seller
 * facts (rating, verification, level) come through listings' {@code SellerSignals}; events of reviews, identity,
 * trust and orders only say when to read them again.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"listings", "identity", "kernel",
        "reviews", "trust", "orders"})
@NullMarked
package dev.agora.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
