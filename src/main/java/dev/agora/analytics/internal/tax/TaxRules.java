package dev.agora.analytics.internal.tax;

import dev.agora.analytics.internal.AnalyticsSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reporting thresholds from {@code agora.analytics.tax.*}. A figure is compared only with thresholds in its own
 * currency (amounts of different currencies are never converted or added).
 */
@Component
public class TaxRules {

    public static final String US_1099K = "US-1099-K";
    public static final String EU_DAC7 = "EU-DAC7";

    private final AnalyticsSettings.Tax tax;

    public TaxRules(AnalyticsSettings settings) {
        this.tax = settings.tax();
    }

    /** The regimes under which a seller's year in one currency must be reported. */
    public List<String> flags(String currency, BigDecimal gross, long transactions) {
        List<String> flags = new ArrayList<>();
        var us = tax.us();
        if (us.currency().equals(currency) && gross.compareTo(us.gross()) > 0 && transactions > us.transactions()) {
            flags.add(US_1099K);
        }
        var eu = tax.eu();
        if (eu.currency().equals(currency) && (gross.compareTo(eu.gross()) >= 0 || transactions >= eu.transactions())) {
            flags.add(EU_DAC7);
        }
        return flags;
    }

    public AnalyticsSettings.Tax thresholds() {
        return tax;
    }
}
