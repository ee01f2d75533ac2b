package dev.agora.analytics.internal;

/** Supply: sellers, from their first published listing. Demand: buyers, from their first paid purchase. */
public enum CohortSide {
    SUPPLY,
    DEMAND
}
