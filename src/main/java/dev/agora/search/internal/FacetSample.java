package dev.agora.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Search-facets helper (issue 5): the deterministic sample that facet counts of a broad result set are taken from (as
 * Elasticsearch's random_sampler aggregation does). Each listing falls in a bucket 0…1023 derived from its id (a mixed
 * hash, so ids made in sequence spread evenly) and is indexed in the keyword field {@value #FIELD} with one term per
 * sample level it belongs to: level {@code L} (1…10) holds the buckets below 1024 / 2^L, a fraction 2^-L of all
 * listings, and each level holds the next. Term "0" is in every document: a document without it was indexed before the
 * field existed (see {@link FacetSampleIndex}). A level is one term, so filtering a query by it is a conjunction with
 * one postings list, which Lucene leads with when it is the rarest: the query visits only the sampled matches.
 */
final class FacetSample {

    static final String FIELD = "sample";
    /** The marker every document indexed with the sample field holds. */
    static final String EVERY_DOCUMENT = "0";
    static final int BUCKETS = 1024;
    static final int FINEST_LEVEL = 10; // 2^10 = BUCKETS: one bucket

    private FacetSample() {}

    static int bucket(UUID id) {
        long h = id.getMostSignificantBits() * 31 + id.getLeastSignificantBits();
        // the finaliser of MurmurHash3 (fmix64): every bit of the id moves the bucket
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe51a85ebL;
        h ^= h >>> 33;
        return (int) (h & (BUCKETS - 1));
    }

    /** The terms of a listing: the marker and every level whose buckets include its own. */
    static List<String> levelsOf(UUID id) {
        int bucket = bucket(id);
        List<String> levels = new ArrayList<>(3);
        levels.add(EVERY_DOCUMENT);
        for (int level = 1; level <= FINEST_LEVEL && bucket < BUCKETS >> level; level++) {
            levels.add(Integer.toString(level));
        }
        return levels;
    }

    /**
     * The sparsest level at which {@code size} matches still leave at least {@code wanted} in the sample: 0 (no
     * sampling) when there are not twice as many.
     */
    static int levelFor(long size, long wanted) {
        int level = 0;
        while (level < FINEST_LEVEL && size >> (level + 1) >= wanted) {
            level++;
        }
        return level;
    }

    /** A count in the sample scaled back to the whole set, rounded to two significant digits ("about 1,200"). */
    static long scaled(long sampled, int level) {
        long estimate = sampled << level;
        long unit = 1;
        while (estimate / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) estimate / unit) * unit;
    }
}
