package dev.agora.listings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The booked days of rentals (issue 6), next to the seller's blocked dates. A booking holds one row per day under a
 * unique key, inside the caller's transaction, so of two concurrent bookings of overlapping dates exactly one
 * commits, on any node. Days are dates in the marketplace's time zone ({@code agora.listings.slots.time-zone}).
 */
public interface RentalCalendar {

    /**
     * The days a rental of {@code units} (the listing's price unit: days, nights or hours) from {@code startsAt}
     * occupies: days and nights from the start's date, hours every date they touch.
     */
    Days daysOf(ListingId listing, Instant startsAt, long units);

    /**
     * Holds the days for {@code booking} (an order id) within the caller's transaction; refuses ({@code startsAt},
     * problem+json) a range touching a blocked or booked day, also when a concurrent booking took it first.
     * Holding the same booking again changes nothing. Publishes {@link ListingAvailabilityChanged}.
     */
    Days reserve(ListingId listing, Instant startsAt, long units, UUID booking);

    /**
     * Refuses ({@code startsAt}, problem+json) a range touching a blocked or booked day, exactly as {@link #reserve}
     * would, and holds nothing: the quote's availability check (orders-gaps).
     */
    Days checkFree(ListingId listing, Instant startsAt, long units);

    /** Frees the booking's days (declined, expired, cancelled, refunded); does nothing for an unknown booking. */
    void release(UUID booking);

    /** Booked days from {@code from} on, in order (the listing page and search show them as unavailable). */
    List<LocalDate> bookedDates(ListingId listing, LocalDate from);

    /** The days one booking holds, in order (empty once released). */
    List<LocalDate> heldBy(UUID booking);

    /** Today in the marketplace's time zone. */
    LocalDate today();

    /** An inclusive range of dates. */
    record Days(LocalDate first, LocalDate last) {

        public List<LocalDate> dates() {
            return first.datesUntil(last.plusDays(1)).toList();
        }

        public boolean overlaps(java.util.Collection<LocalDate> days) {
            return days.stream().anyMatch(d -> !d.isBefore(first) && !d.isAfter(last));
        }
    }
}
