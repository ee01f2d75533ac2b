-- search-edges (issue 12): what buyers search for, from the search module's SearchPerformed and SearchResultClicked
-- events (docs/analytics.md, "Search demand"). No member ids, no search ids: counters per UTC day only.
CREATE TABLE analytics_search_daily (
    metric_day DATE PRIMARY KEY,
    searches INT NOT NULL DEFAULT 0,
    -- no listing shown: a result count of 0, or "no close match"
    zero_result_searches INT NOT NULL DEFAULT 0,
    no_close_match_searches INT NOT NULL DEFAULT 0,
    clicks INT NOT NULL DEFAULT 0,
    click_position_sum BIGINT NOT NULL DEFAULT 0,
    -- searches whose first opened result was opened on this day
    searches_clicked INT NOT NULL DEFAULT 0
);

-- The words searched per day (as search logged them: lowercased words), for the top and zero-result query lists.
-- Query text may hold personal data: rows older than agora.analytics.search.query-retention (90 days) are deleted.
CREATE TABLE analytics_search_query_day (
    metric_day DATE NOT NULL,
    query_text VARCHAR(200) NOT NULL,
    searches INT NOT NULL DEFAULT 0,
    zero_result_searches INT NOT NULL DEFAULT 0,
    PRIMARY KEY (metric_day, query_text)
);
