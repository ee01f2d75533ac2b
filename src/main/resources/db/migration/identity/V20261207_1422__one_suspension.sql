-- issue 9: one suspension mechanism owned by identity. Staff suspensions (suspended_at, no end) and moderation
-- suspensions/bans (suspended_until) become one column suspended_until (a suspension without end is year 9999)
-- with its reason; suspended_at goes.
ALTER TABLE identity_account ADD COLUMN suspension_reason VARCHAR(2000);
UPDATE identity_account SET suspended_until = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00',
    suspension_reason = 'suspended by staff (reason in the audit log)'
  WHERE suspended_at IS NOT NULL AND erased_at IS NULL;
UPDATE identity_account SET suspension_reason = 'suspended by moderation (reason in the audit log)'
  WHERE suspended_until IS NOT NULL AND suspension_reason IS NULL;
ALTER TABLE identity_account DROP COLUMN suspended_at;
