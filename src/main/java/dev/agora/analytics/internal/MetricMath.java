package dev.agora.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The dashboard's one rounding rule for derived figures: half-even, null when the denominator is zero. */
final class MetricMath {

    private MetricMath() {}

    static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal perThousand(long cases, long orders) {
        return orders == 0 ? null : BigDecimal.valueOf(cases * 1000L).divide(BigDecimal.valueOf(orders), 1, RoundingMode.HALF_EVEN);
    }

    static @Nullable BigDecimal days(long hours, long count) {
        return count == 0 ? null : BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(count * 24L), 1, RoundingMode.HALF_EVEN);
    }

    static BigDecimal major(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits);
    }
}
