-- trust: a suspended or banned member cannot log in until this time (a ban is year 9999)
ALTER TABLE identity_account ADD COLUMN suspended_until TIMESTAMP WITH TIME ZONE;
