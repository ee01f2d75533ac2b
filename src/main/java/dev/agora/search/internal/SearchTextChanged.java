package dev.agora.search.internal;

import java.util.UUID;

/** The text of a search document changed (or is new): its sentence embedding must be computed again. */
record SearchTextChanged(UUID listingId) {}
