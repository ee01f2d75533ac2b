-- The escrow ledger. Journal tables are append-only: the application never updates or deletes them
-- (corrections are reversing entries); on PostgreSQL a trigger refuses it too (db/vendor/postgresql/ledger).

-- One row per account, created on first use; locked (SELECT ... FOR UPDATE) while a balance that must not
-- go negative is checked, so two nodes cannot both spend the same money.
CREATE TABLE ledger_account (
    id       VARCHAR(120) NOT NULL PRIMARY KEY,
    type     VARCHAR(40)  NOT NULL,
    owner    VARCHAR(120) NOT NULL,
    currency VARCHAR(3)   NOT NULL
);

CREATE TABLE ledger_entry (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    code         VARCHAR(30)  NOT NULL,
    reference    VARCHAR(64)  NOT NULL,
    party        VARCHAR(64),
    pending      BOOLEAN      NOT NULL,
    reverses     VARCHAR(100),
    resolves     VARCHAR(100),
    memo         VARCHAR(200) NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- an entry is reversed at most once
CREATE UNIQUE INDEX ledger_entry_reverses_uk ON ledger_entry (reverses);
CREATE INDEX ledger_entry_reference_ix ON ledger_entry (reference, created_at);
CREATE INDEX ledger_entry_code_ix ON ledger_entry (code, created_at);
CREATE INDEX ledger_entry_party_ix ON ledger_entry (party);

CREATE TABLE ledger_posting (
    entry_id     VARCHAR(100) NOT NULL REFERENCES ledger_entry (id),
    line         INT          NOT NULL,
    account_id   VARCHAR(120) NOT NULL,
    account_type VARCHAR(40)  NOT NULL,
    owner        VARCHAR(64)  NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    amount_minor BIGINT       NOT NULL,
    pending      BOOLEAN      NOT NULL,
    -- the entry's code again, so per-account sums by reason need no join
    code         VARCHAR(30)  NOT NULL,
    PRIMARY KEY (entry_id, line)
);
CREATE INDEX ledger_posting_account_ix ON ledger_posting (account_id, pending);
CREATE INDEX ledger_posting_currency_ix ON ledger_posting (currency, account_type);

-- The one resolution of a pending authorisation (POSTED or VOIDED) or of a payout (SETTLED or FAILED).
-- The primary key makes a second resolution impossible, even from another node.
CREATE TABLE ledger_resolution (
    resolved_entry_id  VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES ledger_entry (id),
    outcome            VARCHAR(10)  NOT NULL,
    resolving_entry_id VARCHAR(100) REFERENCES ledger_entry (id),
    resolved_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ledger_hold (
    id        VARCHAR(100) NOT NULL PRIMARY KEY,
    order_ref VARCHAR(64)  NOT NULL,
    reason    VARCHAR(200) NOT NULL,
    placed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ledger_hold_order_ix ON ledger_hold (order_ref);

-- lifting a hold is a row of its own, so holds stay append-only as well
CREATE TABLE ledger_hold_release (
    hold_id     VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES ledger_hold (id),
    released_at TIMESTAMP WITH TIME ZONE NOT NULL
);
