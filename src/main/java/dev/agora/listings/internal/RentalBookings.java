package dev.agora.listings.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingAvailabilityChanged;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import dev.agora.listings.RentalCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RentalCalendar} on {@code listings_rental_day} (one row per booked day, primary key listing + day). Rows are
 * inserted in date order, so two overlapping bookings meet on their first shared day: the second waits for the first
 * and then fails on the key (PostgreSQL), or fails at once (H2); either way it is refused.
 */
@Service
class RentalBookings implements RentalCalendar {

    private static final int MAX_DAYS = 366;

    private final ListingRepository listings;
    private final JdbcClient jdbc;
    private final dev.agora.kernel.time.MarketTime market; // the one market time zone (orders-gaps)
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RentalBookings(ListingRepository listings, JdbcClient jdbc, dev.agora.kernel.time.MarketTime market, ApplicationEventPublisher events,
            Clock clock) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.market = market;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Days daysOf(ListingId id, Instant startsAt, long units) {
        return days(live(id), startsAt, units);
    }

    @Override
    @Transactional
    public Days reserve(ListingId id, Instant startsAt, long units, UUID booking) {
        Listing listing = live(id);
        Days days = days(listing, startsAt, units);
        if (held(booking)) {
            return days;
        }
        refuseTaken(listing, days);
        for (LocalDate day : days.dates()) {
            try {
                jdbc.sql("INSERT INTO listings_rental_day (listing_id, booked_day, booking_id) VALUES (?, ?, ?)")
                        .params(id.value(), day, booking).update();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentBooking) {
                throw booked(day);
            }
        }
        events.publishEvent(new ListingAvailabilityChanged(id, clock.instant()));
        return days;
    }

    @Override
    @Transactional(readOnly = true)
    public Days checkFree(ListingId id, Instant startsAt, long units) {
        Listing listing = live(id);
        Days days = days(listing, startsAt, units);
        refuseTaken(listing, days);
        return days;
    }

    /** A day of the range blocked by the seller or booked already refuses the range. */
    private void refuseTaken(Listing listing, Days days) {
        LocalDate blocked = days.dates().stream().filter(listing.blockedDates()::contains).findFirst().orElse(null);
        if (blocked != null) {
            throw InvalidInputException.of("startsAt", "rental.dates.blocked", "The rental is not available on " + blocked);
        }
        List<LocalDate> taken = jdbc.sql("SELECT booked_day FROM listings_rental_day WHERE listing_id = ? AND booked_day BETWEEN ? AND ? ORDER BY booked_day")
                .params(listing.id(), days.first(), days.last()).query(LocalDate.class).list();
        if (!taken.isEmpty()) {
            throw booked(taken.getFirst());
        }
    }

    @Override
    @Transactional
    public void release(UUID booking) {
        List<UUID> listing = jdbc.sql("SELECT DISTINCT listing_id FROM listings_rental_day WHERE booking_id = ?")
                .param(booking).query(UUID.class).list();
        if (!listing.isEmpty() && jdbc.sql("DELETE FROM listings_rental_day WHERE booking_id = ?").param(booking).update() > 0) {
            events.publishEvent(new ListingAvailabilityChanged(new ListingId(listing.getFirst()), clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> bookedDates(ListingId id, LocalDate from) {
        return jdbc.sql("SELECT booked_day FROM listings_rental_day WHERE listing_id = ? AND booked_day >= ? ORDER BY booked_day")
                .params(id.value(), from).query(LocalDate.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> heldBy(UUID booking) {
        return jdbc.sql("SELECT booked_day FROM listings_rental_day WHERE booking_id = ? ORDER BY booked_day").param(booking)
                .query(LocalDate.class).list();
    }

    @Override
    public LocalDate today() {
        return market.today();
    }

    private Days days(Listing listing, Instant startsAt, long units) {
        if (listing.content().type() != ListingType.RENTAL) {
            throw InvalidInputException.of("listingId", "rental.not-a-rental", "Only rentals are booked by dates");
        }
        if (units < 1 || units > MAX_DAYS * 24L) {
            throw InvalidInputException.of("quantity", "rental.units", "Book between 1 and " + MAX_DAYS + " days");
        }
        LocalDate first = startsAt.atZone(market.zone()).toLocalDate();
        LocalDate last = listing.content().priceUnit() == PriceUnit.PER_HOUR
                ? startsAt.plus(Duration.ofHours(units)).minusNanos(1).atZone(market.zone()).toLocalDate()
                : first.plusDays(units - 1);
        if (last.isAfter(first.plusDays(MAX_DAYS))) {
            throw InvalidInputException.of("quantity", "rental.units", "Book between 1 and " + MAX_DAYS + " days");
        }
        return new Days(first, last);
    }

    private boolean held(UUID booking) {
        return jdbc.sql("SELECT COUNT(*) FROM listings_rental_day WHERE booking_id = ?").param(booking).query(Long.class).single() > 0;
    }

    private Listing live(ListingId id) {
        return listings.findLive(id.value()).orElseThrow(() -> new ListingNotFoundException(id));
    }

    private static InvalidInputException booked(LocalDate day) {
        return InvalidInputException.of("startsAt", "rental.dates.booked", "The rental is already booked on " + day);
    }
}
