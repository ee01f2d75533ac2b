package dev.agora.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The marketplace's one time zone ({@code agora.market.time-zone}, default Europe/Berlin). Every local date or
 * time a member types or reads (checkout start, rental days, service slots, cancellation deadlines, pages) is in
 * this zone; instants are stored. One place decides how a local time that a DST change skips or repeats becomes
 * an instant: a skipped time moves forward by the gap (02:30 on the spring night is 03:30 summer time), a repeated
 * one takes the earlier offset (the first 02:30 of the autumn night), as {@link ZonedDateTime#of} does.
 */
@Component
public class MarketTime {

    private final ZoneId zone;
    private final Clock clock;

    public MarketTime(@Value("${agora.market.time-zone:Europe/Berlin}") ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the market's zone (the application clock). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Now as a local date-time in the market's zone. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }

    /** A local date-time of the market (a form's datetime-local) as an instant. */
    public Instant instantOf(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /** The first instant of a market day (midnight, or the first time after a skipped midnight). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** An instant as a local date-time of the market (display, calendars). */
    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /** The market day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
