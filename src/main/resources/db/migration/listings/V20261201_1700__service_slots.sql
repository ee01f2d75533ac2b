-- Bookable time slots of services: the weekly schedule, one counter row per dated slot with bookings (locked
-- while a booking is taken, so capacity holds under concurrency on any node) and the bookings (per order).
-- Slot times are local to agora.listings.slots.time-zone, hence TIMESTAMP without time zone.
CREATE TABLE listings_weekly_slot (
    listing_id       UUID        NOT NULL REFERENCES listings_listing (id),
    day_of_week      INT         NOT NULL,
    start_time       VARCHAR(5)  NOT NULL,
    duration_minutes INT         NOT NULL,
    capacity         INT         NOT NULL,
    PRIMARY KEY (listing_id, day_of_week, start_time)
);

CREATE TABLE listings_slot_hold (
    listing_id UUID      NOT NULL,
    slot_start TIMESTAMP NOT NULL,
    held       INT       NOT NULL,
    PRIMARY KEY (listing_id, slot_start)
);

CREATE TABLE listings_slot_booking (
    booking_id UUID                     PRIMARY KEY,
    listing_id UUID                     NOT NULL,
    slot_start TIMESTAMP                NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_listings_slot_booking_slot ON listings_slot_booking (listing_id, slot_start);
