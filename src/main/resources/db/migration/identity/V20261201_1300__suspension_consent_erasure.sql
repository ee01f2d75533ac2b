-- admin (issue 10): suspension by staff, marketing email consent (default off) and account erasure
ALTER TABLE identity_account ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_account ADD COLUMN marketing_consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
