package dev.agora.analytics.internal;

import static dev.agora.analytics.internal.MetricMath.percent;
import static dev.agora.analytics.internal.MetricMath.ratio;

import dev.agora.analytics.internal.MetricsReport.Chart;
import dev.agora.analytics.internal.MetricsReport.Kind;
import dev.agora.analytics.internal.MetricsReport.Series;
import dev.agora.analytics.internal.MetricsReport.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * search-edges (issue 12): what buyers searched for in a date range, from analytics' search rollups (docs/analytics.md,
 * "Search demand"). Marketplace-wide: a search has no category or city of its own, so those filters do not apply.
 */
@Component
public class SearchDemand {

    /**
     * The range's figures. {@code queriesFrom} is the first day the query lists cover (query texts are kept only for
     * the retention period); {@code topZeroResultQueries} is the demand nobody meets.
     */
    public record Report(LocalDate from, LocalDate to, long searches, BigDecimal searchesPerDay, long zeroResultSearches,
            @Nullable BigDecimal zeroResultPercent, long noCloseMatchSearches, long clicks, long searchesClicked,
            @Nullable BigDecimal clickThroughPercent, @Nullable BigDecimal meanClickPosition, LocalDate queriesFrom,
            List<QueryCount> topQueries, List<QueryCount> topZeroResultQueries, Chart chart) {}

    /** A query text's searches in the range, and how many of them showed no listing. */
    public record QueryCount(String query, long searches, long zeroResultSearches) {}

    private final SearchDemandTables tables;
    private final SearchDemandSettings settings;
    private final Clock clock;

    SearchDemand(SearchDemandTables tables, SearchDemandSettings settings, Clock clock) {
        this.tables = tables;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report(MetricQuery query) {
        long searches = 0;
        long zero = 0;
        long noCloseMatch = 0;
        long clicks = 0;
        long positions = 0;
        long clicked = 0;
        var bucket = query.bucket();
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (LocalDate b = bucket.startOf(query.from()); !b.isAfter(query.to()); b = bucket.next(b)) {
            buckets.put(b, new long[2]);
        }
        for (var day : tables.days(query.from(), query.to())) {
            searches += day.searches();
            zero += day.zeroResultSearches();
            noCloseMatch += day.noCloseMatchSearches();
            clicks += day.clicks();
            positions += day.clickPositionSum();
            clicked += day.searchesClicked();
            long[] point = buckets.get(bucket.startOf(day.day()));
            point[0] += day.searches();
            point[1] += day.zeroResultSearches();
        }
        LocalDate retained = LocalDate.now(clock).minusDays(settings.queryRetention().toDays());
        LocalDate queriesFrom = query.from().isBefore(retained) ? retained : query.from();
        int top = settings.topQueries();
        return new Report(query.from(), query.to(), searches,
                BigDecimal.valueOf(searches).divide(BigDecimal.valueOf(query.days()), 2, RoundingMode.HALF_EVEN), zero,
                percent(zero, searches), noCloseMatch, clicks, clicked, percent(clicked, searches), ratio(positions, clicks),
                queriesFrom, tables.top(queriesFrom, query.to(), false, top), tables.top(queriesFrom, query.to(), true, top),
                chart(buckets));
    }

    /** Searches and searches without a result per bucket, drawn like the market-health charts. */
    private static Chart chart(Map<LocalDate, long[]> buckets) {
        List<String> labels = new ArrayList<>();
        List<@Nullable BigDecimal> all = new ArrayList<>();
        List<@Nullable BigDecimal> unmet = new ArrayList<>();
        buckets.forEach((start, point) -> {
            labels.add(start.toString());
            all.add(BigDecimal.valueOf(point[0]));
            unmet.add(BigDecimal.valueOf(point[1]));
        });
        return new Chart("searches", Unit.COUNT, Kind.LINE, labels,
                List.of(new Series("searches", all), new Series("zero-result-searches", unmet)));
    }
}
