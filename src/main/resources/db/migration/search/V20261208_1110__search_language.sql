-- xlang (issue 12): the detected language of each search document and its attribute values in every language.
-- Existing documents keep NULL: at start-up the search module sees them and rebuilds the index once with the
-- per-language fields (SearchIndexAdmin), so an upgrade needs no manual reindex.
ALTER TABLE search_listings ADD COLUMN language VARCHAR(5);
ALTER TABLE search_listings ADD COLUMN attribute_names VARCHAR(4000);
