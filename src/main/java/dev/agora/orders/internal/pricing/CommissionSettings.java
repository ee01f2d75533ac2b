package dev.agora.orders.internal.pricing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.orders.commission.*}: the platform's fees, with per-category overrides by category slug. Each
 * order records the {@link CommissionTerms} it was priced with.
 */
@ConfigurationProperties("agora.orders.commission")
public record CommissionSettings(long sellerBasisPoints, long buyerBasisPoints, long buyerFixedMinor, long minFeeMinor,
        long maxFeeMinor, Map<String, Override> categories, Map<String, Long> promoCodes,
        java.util.List<dev.agora.orders.CommissionConfiguration.PromoWindow> windows) {

    public CommissionSettings {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        promoCodes = promoCodes == null ? Map.of() : Map.copyOf(promoCodes);
        windows = windows == null ? java.util.List.of() : java.util.List.copyOf(windows);
    }

    /** A category's own percentages; unset values fall back to the platform's. */
    public record Override(Long sellerBasisPoints, Long buyerBasisPoints) {}

    public CommissionTerms termsFor(String categorySlug) {
        var override = categories.get(categorySlug);
        long seller = override != null && override.sellerBasisPoints() != null ? override.sellerBasisPoints() : sellerBasisPoints;
        long buyer = override != null && override.buyerBasisPoints() != null ? override.buyerBasisPoints() : buyerBasisPoints;
        return new CommissionTerms(seller, buyer, buyerFixedMinor, minFeeMinor, maxFeeMinor);
    }

    /** Basis points of the item subtotal a promotional code takes off; 0 for no or an unknown code. */
    public long promoBasisPoints(String code) {
        return code == null ? 0 : promoCodes.getOrDefault(code.strip().toUpperCase(java.util.Locale.ROOT), 0L);
    }
}
