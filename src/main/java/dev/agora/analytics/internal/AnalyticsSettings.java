package dev.agora.analytics.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.analytics.*}: the dashboard's default {@code currency}, the longest date range it accepts
 * ({@code max-range-days}), and the tax reporting thresholds (see {@link dev.agora.analytics.internal.tax.TaxRules}).
 */
@ConfigurationProperties("agora.analytics")
public record AnalyticsSettings(
        @DefaultValue("EUR") String currency,
        @DefaultValue("1830") int maxRangeDays,
        @DefaultValue Tax tax) {

    public record Tax(@DefaultValue Us us, @DefaultValue Eu eu) {}

    /** US Form 1099-K: flagged when gross volume exceeds {@code gross} AND transactions exceed {@code transactions}. */
    public record Us(
            @DefaultValue("USD") String currency,
            @DefaultValue("20000") BigDecimal gross,
            @DefaultValue("200") int transactions) {}

    /** EU DAC7: flagged when sales reach {@code transactions} OR gross volume reaches {@code gross}. */
    public record Eu(
            @DefaultValue("EUR") String currency,
            @DefaultValue("2000") BigDecimal gross,
            @DefaultValue("30") int transactions) {}
}
