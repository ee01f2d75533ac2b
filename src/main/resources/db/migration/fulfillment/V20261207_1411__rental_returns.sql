-- issue 7: the return of a rented item: due at the end of the rental period, confirmed by the seller, late days
-- and the late fee taken from the deposit.
CREATE TABLE fulfillment_rental_return (
    order_id        UUID         NOT NULL PRIMARY KEY,
    buyer_id        UUID         NOT NULL,
    seller_id       UUID         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- the end of the rental period: the item is due back then; each day (or part) later costs the late fee
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    deposit_minor   BIGINT       NOT NULL CHECK (deposit_minor >= 0),
    returned_at     TIMESTAMP WITH TIME ZONE,
    days_late       INT          NOT NULL,
    late_fee_minor  BIGINT       NOT NULL CHECK (late_fee_minor >= 0),
    confirmed_by    VARCHAR(20),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX fulfillment_rental_return_status_idx ON fulfillment_rental_return (status, due_at);
