package dev.agora.search;

import java.time.Instant;
import java.util.UUID;

/** A buyer opened a result of a logged search; {@code position} counts from 1 on the page it was shown. */
public record SearchResultClicked(UUID searchId, UUID listingId, int position, Instant at) {}
