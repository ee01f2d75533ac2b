-- Issue 12 (vectors at scale): the state of the background job that embeds every search document without a
-- vector, so it survives restarts and several nodes agree on it. One row per job (id 'embeddings').
-- after_id is the cursor: documents are taken in id order, and everything up to it has been tried.
CREATE TABLE search_vector_backfill (
    id VARCHAR(32) PRIMARY KEY,
    state VARCHAR(16) NOT NULL,
    after_id UUID,
    done BIGINT NOT NULL,
    skipped BIGINT NOT NULL,
    total BIGINT NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
