package dev.agora.analytics.internal;

/** Which rollups a report reads: {@code AUTO} the monthly ones for monthly points, {@code DAILY} only the daily ones. */
public enum RollupSource {
    AUTO,
    DAILY
}
