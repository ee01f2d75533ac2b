package dev.agora.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.search.*}.
 *
 * @param backfillWhenEmpty fill an empty index from the listings at start-up (first start, demo data)
 * @param maxRadiusKm the largest distance filter accepted
 */
@ConfigurationProperties("agora.search")
record SearchSettings(boolean backfillWhenEmpty, double maxRadiusKm) {}
