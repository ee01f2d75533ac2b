package dev.agora.search.internal;

import java.util.UUID;

/** A listing in one ranking with the score that ranking gave it (BM25 with boosts, or cosine similarity). */
record ScoredHit(UUID id, double score) {}
