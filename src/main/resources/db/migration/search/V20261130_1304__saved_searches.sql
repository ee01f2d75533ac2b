-- Saved searches (the search page's query string) and the alerts already sent, so each listing alerts a
-- saved search at most once.
CREATE TABLE search_saved_search (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL,
    name       VARCHAR(100)             NOT NULL,
    query      VARCHAR(2000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_saved_search_account_ix ON search_saved_search (account_id);

CREATE TABLE search_saved_search_alert (
    saved_search_id UUID                     NOT NULL REFERENCES search_saved_search (id) ON DELETE CASCADE,
    listing_id      UUID                     NOT NULL,
    alerted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (saved_search_id, listing_id)
);
