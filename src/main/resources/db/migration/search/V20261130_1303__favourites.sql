-- Listings a member keeps as favourites (the heart on cards and listing pages).
CREATE TABLE search_favourite (
    account_id UUID                     NOT NULL,
    listing_id UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, listing_id)
);
CREATE INDEX search_favourite_listing_ix ON search_favourite (listing_id);
