package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.tax.TaxRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The default thresholds: US 1099-K above 20,000 USD and above 200 transactions; EU DAC7 from 30 sales or 2,000 EUR. */
class TaxRulesTests {

    final TaxRules rules = rules(new AnalyticsSettings("EUR", 1830, new AnalyticsSettings.Tax(
            new AnalyticsSettings.Us("USD", new BigDecimal("20000"), 200),
            new AnalyticsSettings.Eu("EUR", new BigDecimal("2000"), 30))));

    @Test
    void usNeedsBothAmountAndCountAbove() {
        assertThat(rules.flags("USD", new BigDecimal("20000.01"), 201)).containsExactly(TaxRules.US_1099K);
        assertThat(rules.flags("USD", new BigDecimal("20000.00"), 500)).isEmpty();
        assertThat(rules.flags("USD", new BigDecimal("90000"), 200)).isEmpty();
    }

    @Test
    void euNeedsEitherCountOrAmountReached() {
        assertThat(rules.flags("EUR", new BigDecimal("10"), 30)).containsExactly(TaxRules.EU_DAC7);
        assertThat(rules.flags("EUR", new BigDecimal("2000.00"), 1)).containsExactly(TaxRules.EU_DAC7);
        assertThat(rules.flags("EUR", new BigDecimal("1999.99"), 29)).isEmpty();
    }

    @Test
    void amountsAreComparedInTheirOwnCurrencyOnly() {
        assertThat(rules.flags("GBP", new BigDecimal("1000000"), 10000)).isEmpty();
        assertThat(rules.flags("EUR", new BigDecimal("50000"), 500)).containsExactly(TaxRules.EU_DAC7);
    }

    static TaxRules rules(AnalyticsSettings settings) {
        return new TaxRules(settings);
    }
}
