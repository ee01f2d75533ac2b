CREATE TABLE identity_account (
    id                UUID         NOT NULL PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    display_name      VARCHAR(80)  NOT NULL,
    handle            VARCHAR(40)  NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    email_verified_at TIMESTAMP WITH TIME ZONE,
    bio               VARCHAR(2000),
    city              VARCHAR(120),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    languages         VARCHAR(200),
    avatar_key        VARCHAR(200),
    failed_logins     INT          NOT NULL DEFAULT 0,
    locked_until      TIMESTAMP WITH TIME ZONE,
    totp_secret       VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX identity_account_email_uk ON identity_account (email);
CREATE UNIQUE INDEX identity_account_handle_uk ON identity_account (handle);
