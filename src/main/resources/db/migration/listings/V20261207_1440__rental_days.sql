-- issue 6: the days a rental booking holds, one row per day. The primary key lets one booking hold a day, so two
-- concurrent bookings of overlapping dates cannot both commit, on any node (H2 and PostgreSQL alike).
CREATE TABLE listings_rental_day (
    listing_id UUID NOT NULL,
    booked_day DATE NOT NULL,
    booking_id UUID NOT NULL,
    PRIMARY KEY (listing_id, booked_day)
);
CREATE INDEX listings_rental_day_booking_ix ON listings_rental_day (booking_id);
