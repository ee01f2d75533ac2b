-- analytics (issue 10): customer acquisition cost per new buyer, entered by operators per month, optionally per
-- channel and city ('-' = all). The LTV chart compares each buyer cohort with its month's figure; every change is
-- also written to trust's audit log with its reason.
CREATE TABLE analytics_acquisition_cost (
    cost_month DATE NOT NULL,
    channel VARCHAR(60) NOT NULL,
    city VARCHAR(120) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    entered_by UUID NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    PRIMARY KEY (cost_month, channel, city, currency)
);
