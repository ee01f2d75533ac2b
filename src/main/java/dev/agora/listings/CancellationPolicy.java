package dev.agora.listings;

/**
 * How much of a rental or service booking the buyer gets back when they cancel, by the time left before the start
 * (the orders module computes the refund): flexible — all until 24 h before, half after; moderate — all until 5 days
 * before, half until 24 h before, nothing after; strict — half until 7 days before, nothing after. After the start
 * nothing is refunded by policy.
 */
public enum CancellationPolicy {
    FLEXIBLE,
    MODERATE,
    STRICT;

    /** What a listing without a choice uses. */
    public static final CancellationPolicy STANDARD = MODERATE;
}
