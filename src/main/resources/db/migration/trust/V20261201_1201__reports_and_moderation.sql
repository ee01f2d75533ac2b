-- reports by members about listings, profiles, messages and reviews
CREATE TABLE trust_report (
    id            UUID PRIMARY KEY,
    reporter_id   UUID NOT NULL,
    subject_kind  VARCHAR(20) NOT NULL,
    subject_id    VARCHAR(80) NOT NULL,
    subject_owner UUID,
    reason        VARCHAR(30) NOT NULL,
    details       VARCHAR(2000) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    source_event  UUID UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_trust_report_subject ON trust_report (subject_kind, subject_id, status);
CREATE INDEX ix_trust_report_reporter ON trust_report (reporter_id);

-- a moderation action against a member (and what it was about); appeals live on the action
CREATE TABLE trust_moderation_action (
    id              UUID PRIMARY KEY,
    subject_kind    VARCHAR(20) NOT NULL,
    subject_id      VARCHAR(80) NOT NULL,
    member_id       UUID,
    action          VARCHAR(20) NOT NULL,
    reason_template VARCHAR(40) NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    actor_id        UUID,
    suspended_until TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    appeal_text     VARCHAR(2000),
    appealed_at     TIMESTAMP WITH TIME ZONE,
    appeal_outcome  VARCHAR(20),
    appeal_decided_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_trust_moderation_member ON trust_moderation_action (member_id, created_at);
CREATE INDEX ix_trust_moderation_subject ON trust_moderation_action (subject_kind, subject_id);

-- the newest risk assessment of a listing, an order or a member, with its reasons
CREATE TABLE trust_risk (
    subject     VARCHAR(120) PRIMARY KEY,
    member_id   UUID,
    score       INT NOT NULL,
    reasons     VARCHAR(2000) NOT NULL,
    held        BOOLEAN NOT NULL,
    reviewed    BOOLEAN NOT NULL,
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_trust_risk_member ON trust_risk (member_id);

-- device, address and payment fingerprints (hashed) seen per member
CREATE TABLE trust_fingerprint (
    member_id  UUID NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    value_hash VARCHAR(64) NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, kind, value_hash)
);
CREATE INDEX ix_trust_fingerprint_value ON trust_fingerprint (kind, value_hash);

-- masked contact details per sender (messaging's ContactDetailsMasked), one row per event
CREATE TABLE trust_leakage (
    event_id  UUID PRIMARY KEY,
    member_id UUID NOT NULL,
    flagged   BOOLEAN NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_trust_leakage_member ON trust_leakage (member_id, at);
