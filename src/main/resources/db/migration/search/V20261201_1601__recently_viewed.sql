-- The listings a member looked at last (at most 50 are kept per member), for "recently viewed" and "for you".
CREATE TABLE search_recently_viewed (
    account_id UUID                     NOT NULL,
    listing_id UUID                     NOT NULL,
    viewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, listing_id)
);
CREATE INDEX search_recently_viewed_account_ix ON search_recently_viewed (account_id, viewed_at);
