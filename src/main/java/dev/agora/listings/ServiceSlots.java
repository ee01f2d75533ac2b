package dev.agora.listings;

import dev.agora.identity.AccountId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Bookable time slots of services ({@link BookingMode#SLOTS}): the seller's weekly schedule and blocked dates,
 * the dated openings buyers choose from, and the reservations orders hold. A reservation locks the slot's counter
 * row ({@code SELECT ... FOR UPDATE}) in the caller's transaction, like the orders module's stock holds, so
 * concurrent bookings on any node never exceed a slot's capacity.
 */
public interface ServiceSlots {

    List<WeeklySlot> weeklySlots(ListingId listing);

    /**
     * Replaces the weekly schedule and the blocked dates of the seller's service listing; invalid input
     * ({@code slots[i].…}, {@code blockedDates}) changes nothing. Bookings already held stay valid.
     */
    void defineSchedule(AccountId actor, ListingId listing, List<WeeklySlot> slots, Collection<LocalDate> blockedDates);

    /** Openings from {@code from} to {@code to} (inclusive), future ones only, blocked dates left out, in order. */
    List<SlotOpening> openings(ListingId listing, LocalDate from, LocalDate to);

    /**
     * Holds one place of the slot starting at {@code start} for {@code booking} (an order id) within the caller's
     * transaction; refuses ({@code slot}) a start that is not an opening of the schedule, past, blocked or full.
     * Holding the same booking twice holds one place.
     */
    void reserve(ListingId listing, LocalDateTime start, UUID booking);

    /** Gives the booking's place back; does nothing for an unknown or already released booking. */
    void release(UUID booking);

    /** The slot a booking holds, if any. */
    java.util.Optional<LocalDateTime> reservedStart(UUID booking);
}
