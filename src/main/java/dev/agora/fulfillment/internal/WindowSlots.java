package dev.agora.fulfillment.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Window capacity per zone: the slot row is created on first use and booked with one conditional UPDATE, so
 * concurrent bookings on any number of nodes never exceed the capacity. Runs in the caller's transaction.
 */
@Component
class WindowSlots {

    private final JdbcTemplate jdbc;

    WindowSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Books one place; false when the window is full. */
    boolean book(String zone, LocalDate day, int windowStart, int capacity) {
        ensure(zone, day, windowStart);
        return jdbc.update("UPDATE fulfillment_window_slot SET booked = booked + 1 WHERE zone = ? AND job_day = ? "
                + "AND window_start = ? AND booked < ?", zone, day, windowStart, capacity) == 1;
    }

    void release(String zone, LocalDate day, int windowStart) {
        jdbc.update("UPDATE fulfillment_window_slot SET booked = booked - 1 WHERE zone = ? AND job_day = ? "
                + "AND window_start = ? AND booked > 0", zone, day, windowStart);
    }

    int booked(String zone, LocalDate day, int windowStart) {
        var rows = jdbc.queryForList("SELECT booked FROM fulfillment_window_slot WHERE zone = ? AND job_day = ? "
                + "AND window_start = ?", Integer.class, zone, day, windowStart);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }

    private void ensure(String zone, LocalDate day, int windowStart) {
        // ON CONFLICT DO NOTHING: a concurrent first booking must not abort this transaction (PostgreSQL, H2 in its mode)
        jdbc.update("INSERT INTO fulfillment_window_slot (zone, job_day, window_start, booked) VALUES (?, ?, ?, 0) "
                + "ON CONFLICT DO NOTHING", zone, day, windowStart);
    }
}
