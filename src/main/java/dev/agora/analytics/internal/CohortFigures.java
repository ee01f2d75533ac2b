package dev.agora.analytics.internal;

import static dev.agora.analytics.internal.MetricMath.percent;

import dev.agora.analytics.internal.MetricsReport.CohortLtv;
import dev.agora.analytics.internal.MetricsReport.CohortRow;
import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monthly cohorts of the range (size, activity by month, churn) and each buyer cohort's lifetime value against CAC. */
@Component
class CohortFigures {

    static final int COHORT_MONTHS_SHOWN = 6;

    private final JdbcClient jdbc;
    private final AcquisitionCosts acquisitionCosts;
    private final Clock clock;

    CohortFigures(JdbcClient jdbc, AcquisitionCosts acquisitionCosts, Clock clock) {
        this.jdbc = jdbc;
        this.acquisitionCosts = acquisitionCosts;
        this.clock = clock;
    }

    List<CohortRow> cohorts(MetricQuery query) {
        Map<String, Map<Integer, Long>> bySideAndMonth = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT side, cohort_month, months_after, members FROM analytics_cohort
                WHERE cohort_month BETWEEN :from AND :to ORDER BY side, cohort_month, months_after""")
                .param("from", query.from().withDayOfMonth(1)).param("to", query.to())
                .query(rs -> {
                    bySideAndMonth.computeIfAbsent(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class), k -> new TreeMap<>())
                            .put(rs.getInt(3), rs.getLong(4));
                });
        YearMonth current = YearMonth.now(clock);
        List<CohortRow> rows = new ArrayList<>();
        bySideAndMonth.forEach((key, active) -> {
            String[] parts = key.split("\\|");
            YearMonth month = YearMonth.parse(parts[1].substring(0, 7));
            long size = active.getOrDefault(0, 0L);
            List<Long> byMonth = new ArrayList<>();
            for (int i = 0; i <= COHORT_MONTHS_SHOWN && !month.plusMonths(i).isAfter(current); i++) {
                byMonth.add(active.getOrDefault(i, 0L));
            }
            // churn is known once the month after joining has ended
            BigDecimal churn = month.plusMonths(1).isBefore(current) && size > 0
                    ? percent(size - active.getOrDefault(1, 0L), size) : null;
            rows.add(new CohortRow(CohortSide.valueOf(parts[0]), month.toString(), size, byMonth, churn));
        });
        return rows;
    }

    /** Net revenue per buyer of each buyer cohort so far, and its ratio to the month's stored acquisition cost. */
    List<CohortLtv> lifetimeValue(MetricQuery query, List<CohortRow> cohorts) {
        Map<String, Long> revenue = new HashMap<>();
        jdbc.sql("SELECT cohort_month, revenue_minor FROM analytics_cohort_revenue WHERE currency = :currency AND cohort_month BETWEEN :from AND :to")
                .param("currency", query.currency()).param("from", query.from().withDayOfMonth(1)).param("to", query.to())
                .query(rs -> {
                    revenue.put(rs.getObject(1, LocalDate.class).toString().substring(0, 7), rs.getLong(2));
                });
        Map<String, Money> costs = acquisitionCosts.perMonth(query.from(), query.to(), query.city(), query.currency());
        return cohorts.stream().filter(c -> c.side() == CohortSide.DEMAND && c.size() > 0).map(c -> {
            long earned = revenue.getOrDefault(c.month(), 0L);
            long perBuyer = BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(c.size()), 0, RoundingMode.HALF_EVEN).longValueExact();
            Money cac = costs.get(c.month());
            BigDecimal ratio = cac == null || cac.minorUnits() == 0 ? null
                    : BigDecimal.valueOf(perBuyer).divide(BigDecimal.valueOf(cac.minorUnits()), 2, RoundingMode.HALF_EVEN);
            return new CohortLtv(c.month(), c.size(), Money.ofMinor(earned, query.currency()),
                    Money.ofMinor(perBuyer, query.currency()), cac, ratio);
        }).toList();
    }
}
