package dev.agora.reviews;

import org.jspecify.annotations.Nullable;

/**
 * What a party writes about the other side of a completed order: 1–5 stars, optional text and optional aspect
 * ratings (1–5 each). {@code asDescribed} is for buyers only: it rates the item or service, not a person.
 */
public record ReviewDraft(@Nullable Integer rating, @Nullable String text, @Nullable Integer asDescribed,
        @Nullable Integer communication, @Nullable Integer handoff) {}
