-- Authentication flows: the locale mails are written in, single-use tokens (only their SHA-256 hash is
-- stored), TOTP replay protection and hashed two-factor recovery codes.
ALTER TABLE identity_account ADD COLUMN locale VARCHAR(35) NOT NULL DEFAULT 'en';
ALTER TABLE identity_account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE identity_account_token (
    id         UUID        NOT NULL PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX identity_account_token_hash_uk ON identity_account_token (token_hash);
CREATE INDEX identity_account_token_account_idx ON identity_account_token (account_id, purpose);

CREATE TABLE identity_recovery_code (
    id         UUID        NOT NULL PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_recovery_code_account_idx ON identity_recovery_code (account_id);
