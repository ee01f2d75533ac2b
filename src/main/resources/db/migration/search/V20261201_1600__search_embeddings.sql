-- Sentence embedding of each search document (384 little-endian floats) and a fingerprint of the text it was
-- computed from: the indexer clears the vector when that text changes, the embedder fills it in afterwards.
ALTER TABLE search_listings ADD COLUMN embedding BYTEA;
ALTER TABLE search_listings ADD COLUMN embedding_key VARCHAR(64);
-- The seller's rating when a SellerSignals source gives one (a small relevance boost); null is neutral.
ALTER TABLE search_listings ADD COLUMN seller_rating DOUBLE PRECISION;
