-- trust (issue 10): the fraud rules' thresholds and weights as operators set them in the console. Rows are seeded
-- from agora.trust.fraud.* when the application starts (a missing key only: saved values win), updated_by NULL
-- meaning "from the configuration"; every change in the console is audited with its reason.
CREATE TABLE trust_fraud_setting (
    setting_key VARCHAR(60) PRIMARY KEY,
    setting_value BIGINT NOT NULL,
    updated_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
