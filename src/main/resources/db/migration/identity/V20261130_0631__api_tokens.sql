-- Personal API tokens: only the SHA-256 of the secret is kept; the secret is shown once at creation.
CREATE TABLE identity_api_token (
    id           UUID        NOT NULL PRIMARY KEY,
    account_id   UUID        NOT NULL REFERENCES identity_account (id),
    name         VARCHAR(80) NOT NULL,
    scope        VARCHAR(20) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    token_hint   VARCHAR(20) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX identity_api_token_hash_uk ON identity_api_token (token_hash);
CREATE INDEX identity_api_token_account_idx ON identity_api_token (account_id, created_at);
