package dev.agora.orders;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The platform's fees as versioned configuration. Version 0 comes from {@code agora.orders.commission.*}; operators
 * save newer versions (the console records who and why in the audit log). Each order keeps the version it was
 * priced with, so a change applies to new orders only.
 */
public interface CommissionConfiguration {

    Version current();

    /** Every version, newest first (version 0, the configured defaults, last). */
    List<Version> history();

    /** Validates and stores the rules as the next version; invalid rules throw invalid input and store nothing. */
    Version save(Rules rules, AccountId by, String reason);

    record Version(int version, Rules rules, String reason, @Nullable AccountId by, @Nullable Instant at) {}

    /**
     * @param categories per-category seller/buyer rates by category slug (unset values fall back to the platform's)
     * @param windows promotional windows lowering the seller commission
     */
    record Rules(long sellerBasisPoints, long buyerBasisPoints, long buyerFixedMinor, long minFeeMinor, long maxFeeMinor,
            Map<String, CategoryRate> categories, List<PromoWindow> windows) {

        public Rules {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
            windows = windows == null ? List.of() : List.copyOf(windows);
        }
    }

    record CategoryRate(@Nullable Long sellerBasisPoints, @Nullable Long buyerBasisPoints) {}

    /**
     * A promotion of the seller commission: applies to orders placed in [{@code from}, {@code until}) (either open),
     * in one category when {@code category} is set, and — when {@code newSellerMonths} is set — only to sellers whose
     * first sale was less than that many months ago (a seller without sales is new). The lowest applicable rate wins.
     */
    record PromoWindow(String name, long sellerBasisPoints, @Nullable Integer newSellerMonths, @Nullable String category,
            @Nullable Instant from, @Nullable Instant until) {}
}
