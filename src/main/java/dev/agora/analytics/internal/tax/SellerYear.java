package dev.agora.analytics.internal.tax;

import dev.agora.kernel.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * A seller's tax year in one currency: gross volume (what buyers paid for completed orders, before the platform's
 * commission and without buyer fees) and the number of completed transactions, with the regimes that flag it.
 */
public record SellerYear(UUID sellerId, String seller, int year, Money gross, long transactions, List<String> flags) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
