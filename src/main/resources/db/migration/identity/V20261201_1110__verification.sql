-- verification levels a member holds beyond email (EMAIL comes from identity_account.email_verified_at)
CREATE TABLE identity_verification_levels (
    account_id UUID NOT NULL,
    level VARCHAR(16) NOT NULL,
    verified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, level)
);

-- one phone per member: the confirmed number and the pending challenge (code stored as a SHA-256 hash)
CREATE TABLE identity_phones (
    account_id UUID PRIMARY KEY,
    confirmed_e164 VARCHAR(20),
    pending_e164 VARCHAR(20),
    code_hash VARCHAR(64),
    code_expires_at TIMESTAMP WITH TIME ZONE,
    attempts INT NOT NULL DEFAULT 0,
    sent_at TIMESTAMP WITH TIME ZONE
);

-- government ID checks; the document image lives encrypted (AES-GCM) in blob storage under document_key
-- until delete_after, when the retention job removes it and sets document_deleted_at
CREATE TABLE identity_id_checks (
    id UUID PRIMARY KEY,
    account_id UUID NOT NULL,
    document_type VARCHAR(20) NOT NULL,
    number_hint VARCHAR(8) NOT NULL,
    state VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    provider_reference VARCHAR(100),
    document_key VARCHAR(200),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE,
    delete_after TIMESTAMP WITH TIME ZONE,
    document_deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_identity_id_checks_account ON identity_id_checks (account_id, submitted_at);
CREATE INDEX ix_identity_id_checks_retention ON identity_id_checks (delete_after, document_deleted_at);

CREATE TABLE identity_businesses (
    account_id UUID PRIMARY KEY,
    company_name VARCHAR(200) NOT NULL,
    registration_number VARCHAR(40) NOT NULL,
    tax_id VARCHAR(20) NOT NULL,
    state VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE
);
