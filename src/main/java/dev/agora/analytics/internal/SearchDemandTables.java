package dev.agora.analytics.internal;

import dev.agora.analytics.internal.SearchDemand.QueryCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * search-edges (issue 12): writes and reads analytics' search rollups, {@code analytics_search_daily} (counters per
 * UTC day) and {@code analytics_search_query_day} (searches per query text and day). Counters are bumped like
 * {@link MetricTables}: insert the row if missing, then add, safe under concurrent listeners.
 */
@Component
class SearchDemandTables {

    /** One day's counters. */
    record Day(LocalDate day, long searches, long zeroResultSearches, long noCloseMatchSearches, long clicks,
            long clickPositionSum, long searchesClicked) {}

    private final JdbcClient jdbc;

    SearchDemandTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void searched(LocalDate day, String query, boolean zeroResults, boolean noCloseMatch) {
        int zero = zeroResults ? 1 : 0;
        ensureDay(day);
        jdbc.sql("""
                UPDATE analytics_search_daily SET searches = searches + 1, zero_result_searches = zero_result_searches + ?,
                no_close_match_searches = no_close_match_searches + ? WHERE metric_day = ?""")
                .params(zero, noCloseMatch ? 1 : 0, day).update();
        if (query.isBlank()) {
            return;
        }
        jdbc.sql("INSERT INTO analytics_search_query_day (metric_day, query_text) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(day, query).update();
        jdbc.sql("""
                UPDATE analytics_search_query_day SET searches = searches + 1, zero_result_searches = zero_result_searches + ?
                WHERE metric_day = ? AND query_text = ?""")
                .params(zero, day, query).update();
    }

    void clicked(LocalDate day, int position, boolean firstOfSearch) {
        ensureDay(day);
        jdbc.sql("""
                UPDATE analytics_search_daily SET clicks = clicks + 1, click_position_sum = click_position_sum + ?,
                searches_clicked = searches_clicked + ? WHERE metric_day = ?""")
                .params(position, firstOfSearch ? 1 : 0, day).update();
    }

    List<Day> days(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT metric_day, searches, zero_result_searches, no_close_match_searches, clicks, click_position_sum,
                searches_clicked FROM analytics_search_daily WHERE metric_day BETWEEN ? AND ? ORDER BY metric_day""")
                .params(from, to)
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    /** The most searched queries of the range; with {@code zeroResultsOnly}, those searched most without a result. */
    List<QueryCount> top(LocalDate from, LocalDate to, boolean zeroResultsOnly, int limit) {
        String order = zeroResultsOnly ? "zero_results DESC, searches DESC" : "searches DESC, zero_results DESC";
        return jdbc.sql("SELECT query_text, SUM(searches) AS searches, SUM(zero_result_searches) AS zero_results"
                        + " FROM analytics_search_query_day WHERE metric_day BETWEEN ? AND ? GROUP BY query_text"
                        + (zeroResultsOnly ? " HAVING SUM(zero_result_searches) > 0" : "")
                        + " ORDER BY " + order + ", query_text FETCH FIRST " + limit + " ROWS ONLY")
                .params(from, to)
                .query((rs, n) -> new QueryCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Retention: query texts of days before {@code firstKept}, and the search event keys seen before {@code cutoff}. */
    int purge(LocalDate firstKept, Instant cutoff) {
        int deleted = jdbc.sql("DELETE FROM analytics_search_query_day WHERE metric_day < ?").param(firstKept).update();
        jdbc.sql("DELETE FROM analytics_seen_event WHERE event_key LIKE 'search-%' AND seen_at < ?")
                .param(MetricTables.utc(cutoff)).update();
        return deleted;
    }

    private void ensureDay(LocalDate day) {
        jdbc.sql("INSERT INTO analytics_search_daily (metric_day) VALUES (?) ON CONFLICT DO NOTHING").param(day).update();
    }
}
