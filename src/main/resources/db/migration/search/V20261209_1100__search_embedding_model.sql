-- relevance helper (issue 12): which packaged model each stored vector comes from. Until now only
-- all-MiniLM-L6-v2-q was ever served. When agora.search.semantic.model names another, SearchIndexAdmin drops the
-- vectors of the old model at start-up and the vector backfill re-embeds them in the background.
ALTER TABLE search_listings ADD COLUMN embedding_model VARCHAR(40);
UPDATE search_listings SET embedding_model = 'all-minilm-l6-v2-q' WHERE embedding IS NOT NULL;
