-- listings (payouts helper, issue 6): the cancellation policy a seller picks for a rental or service listing
CREATE TABLE listings_cancellation_policy (
    listing_id UUID        NOT NULL PRIMARY KEY REFERENCES listings_listing (id),
    policy     VARCHAR(20) NOT NULL,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
