package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.identity.VerificationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which verification level selling in a category or above a price needs, for the console. Every change needs the
 * staff member and a reason and publishes {@link VerificationRequirementChanged} in its transaction, which the trust
 * module records in the audit log. Bad input is an {@link dev.agora.kernel.validation.InvalidInputException}.
 */
public interface VerificationRules {

    List<VerificationRequirement> all();

    VerificationRequirement add(AccountId staff, @Nullable String categorySlug, @Nullable BigDecimal minPrice,
            @Nullable VerificationLevel level, String reason);

    /** Returns whether a rule was removed. */
    boolean remove(AccountId staff, UUID id, String reason);
}
