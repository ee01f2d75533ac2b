-- issue 7: courier tariff versions edited in the operator console (append-only; the newest prices new quotes).
-- Version 1 is agora.fulfillment.zones from the configuration and is not stored.
CREATE TABLE fulfillment_tariff_version (
    version     INT           NOT NULL PRIMARY KEY,
    zones       VARCHAR(8000) NOT NULL,
    reason      VARCHAR(300)  NOT NULL,
    created_by  UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
