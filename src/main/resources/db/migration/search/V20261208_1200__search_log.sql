-- ranking helper (issue 12): what buyers searched and which result they opened, for the analytics module.
-- No IP, no user agent; member_id only when agora.search.log.member-ids is on. Purged after agora.search.log.retention.
CREATE TABLE search_log (
    id UUID PRIMARY KEY,
    searched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    query_text VARCHAR(200) NOT NULL,
    filters VARCHAR(1000) NOT NULL,
    result_count BIGINT NOT NULL,
    no_close_match BOOLEAN NOT NULL,
    member_id UUID
);
CREATE INDEX search_log_searched_at ON search_log (searched_at);

CREATE TABLE search_clicks (
    search_id UUID NOT NULL REFERENCES search_log (id) ON DELETE CASCADE,
    listing_id UUID NOT NULL,
    position INTEGER NOT NULL,
    clicked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (search_id, listing_id)
);
