-- issue 5: what search keeps about a listing's seller besides the rating (SellerSignals of reviews and trust):
-- whether the seller verified an ID, business or phone, and the seller level (NEW, RISING, TOP).
ALTER TABLE search_listings ADD COLUMN seller_verified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE search_listings ADD COLUMN seller_level VARCHAR(10) DEFAULT 'NEW' NOT NULL;
CREATE INDEX search_listings_seller ON search_listings (seller_id);
