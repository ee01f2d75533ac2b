package dev.agora.listings;

import dev.agora.identity.VerificationLevel;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An operator's rule: publishing a listing in {@code categorySlug} (or below it) and/or priced above
 * {@code minPrice} (major units, any currency) needs the seller to hold {@code level}. A rule with both applies
 * when both match.
 */
public record VerificationRequirement(UUID id, @Nullable String categorySlug, @Nullable BigDecimal minPrice,
        VerificationLevel level) {}
