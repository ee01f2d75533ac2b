package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingType;
import dev.agora.listings.NotYourListingException;
import dev.agora.listings.ServiceSlots;
import dev.agora.listings.SlotOpening;
import dev.agora.listings.WeeklySlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ServiceSlots} on three tables: the weekly schedule, one counter row per dated slot that has bookings
 * ({@code listings_slot_hold}, locked while a booking is taken) and the bookings themselves (so a release is
 * idempotent). Blocked dates are the listing's own, shared with rentals.
 */
@Service
class ServiceSchedule implements ServiceSlots {

    static final int MAX_SLOTS = 60;

    private final ListingRepository listings;
    private final JdbcClient jdbc;
    private final SlotSettings settings;
    private final Clock clock;
    private final dev.agora.kernel.time.MarketTime market; // the one market time zone (orders-gaps)
    private final TransactionTemplate ownTransaction;

    ServiceSchedule(ListingRepository listings, JdbcClient jdbc, SlotSettings settings, Clock clock,
            PlatformTransactionManager transactions, dev.agora.kernel.time.MarketTime market) {
        this.market = market;
        this.listings = listings;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WeeklySlot> weeklySlots(ListingId listing) {
        return jdbc.sql("SELECT day_of_week, start_time, duration_minutes, capacity FROM listings_weekly_slot "
                        + "WHERE listing_id = ? ORDER BY day_of_week, start_time")
                .param(listing.value())
                .query((rs, n) -> new WeeklySlot(DayOfWeek.of(rs.getInt(1)), LocalTime.parse(rs.getString(2)),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }

    @Override
    @Transactional
    public void defineSchedule(AccountId actor, ListingId id, List<WeeklySlot> slots, Collection<LocalDate> blockedDates) {
        Listing listing = listings.findLive(id.value()).orElseThrow(() -> new ListingNotFoundException(id));
        if (!listing.sellerId().equals(actor.value())) {
            throw new NotYourListingException(id);
        }
        List<FieldError> errors = new ArrayList<>();
        if (listing.content().type() != ListingType.SERVICE || listing.content().bookingMode() != BookingMode.SLOTS) {
            errors.add(new FieldError("slots", "slots.not-bookable", "only services booked by slots have a schedule"));
        }
        if (slots.size() > MAX_SLOTS) {
            errors.add(new FieldError("slots", "slots.too-many", "at most " + MAX_SLOTS + " weekly slots"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slots.get(i);
            String field = "slots[" + i + "]";
            if (slot.day() == null || slot.start() == null) {
                errors.add(new FieldError(field + ".start", "slot.start", "choose a day and a start time"));
                continue;
            }
            if (!seen.add(slot.day() + "@" + slot.start())) {
                errors.add(new FieldError(field + ".start", "slot.duplicate", "two slots start at the same time"));
            }
            if (slot.start().getSecond() != 0 || slot.start().getNano() != 0) {
                errors.add(new FieldError(field + ".start", "slot.start", "start on a whole minute"));
            }
            if (slot.durationMinutes() < 15 || slot.durationMinutes() > 720) {
                errors.add(new FieldError(field + ".durationMinutes", "slot.duration", "15 to 720 minutes"));
            }
            if (slot.capacity() < 1 || slot.capacity() > 500) {
                errors.add(new FieldError(field + ".capacity", "slot.capacity", "1 to 500 places"));
            }
        }
        if (blockedDates.size() > 366) {
            errors.add(new FieldError("blockedDates", "listing.blockedDates", "at most 366 blocked dates"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        listing.block(new TreeSet<>(blockedDates), clock.instant());
        jdbc.sql("DELETE FROM listings_weekly_slot WHERE listing_id = ?").param(id.value()).update();
        for (WeeklySlot slot : slots) {
            jdbc.sql("INSERT INTO listings_weekly_slot (listing_id, day_of_week, start_time, duration_minutes, capacity) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id.value(), slot.day().getValue(), slot.start().toString(), slot.durationMinutes(),
                            slot.capacity())
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SlotOpening> openings(ListingId id, LocalDate from, LocalDate to) {
        Listing listing = listings.findLive(id.value()).orElseThrow(() -> new ListingNotFoundException(id));
        LocalDateTime now = market.now();
        LocalDate last = to.isAfter(now.toLocalDate().plusDays(settings.horizonDays()))
                ? now.toLocalDate().plusDays(settings.horizonDays()) : to;
        Map<DayOfWeek, List<WeeklySlot>> byDay = new HashMap<>();
        weeklySlots(id).forEach(slot -> byDay.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(slot));
        Map<LocalDateTime, Integer> held = held(id, from.atStartOfDay(), last.plusDays(1).atStartOfDay());
        List<SlotOpening> openings = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            if (listing.blockedDates().contains(day)) {
                continue;
            }
            for (WeeklySlot slot : byDay.getOrDefault(day.getDayOfWeek(), List.of())) {
                LocalDateTime start = day.atTime(slot.start());
                if (start.isAfter(now)) {
                    int left = Math.max(0, slot.capacity() - held.getOrDefault(start, 0));
                    openings.add(new SlotOpening(start, start.plusMinutes(slot.durationMinutes()), slot.capacity(), left));
                }
            }
        }
        openings.sort(Comparator.comparing(SlotOpening::start));
        return openings;
    }

    @Override
    @Transactional
    public void reserve(ListingId id, LocalDateTime start, UUID booking) {
        if (reservedStart(booking).isPresent()) {
            return;
        }
        SlotOpening opening = openings(id, start.toLocalDate(), start.toLocalDate()).stream()
                .filter(o -> o.start().equals(start)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("slot", "slot.unavailable",
                        "This time is not offered (any more); pick another slot"));
        ensureRow(id, start);
        int taken = jdbc.sql("SELECT held FROM listings_slot_hold WHERE listing_id = ? AND slot_start = ? FOR UPDATE")
                .params(id.value(), start).query(Integer.class).single();
        if (taken >= opening.capacity()) {
            throw InvalidInputException.of("slot", "slot.full", "This slot is fully booked; pick another one");
        }
        jdbc.sql("UPDATE listings_slot_hold SET held = held + 1 WHERE listing_id = ? AND slot_start = ?")
                .params(id.value(), start).update();
        jdbc.sql("INSERT INTO listings_slot_booking (booking_id, listing_id, slot_start, created_at) VALUES (?, ?, ?, ?)")
                .params(booking, id.value(), start, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
    }

    @Override
    @Transactional
    public void release(UUID booking) {
        jdbc.sql("SELECT listing_id, slot_start FROM listings_slot_booking WHERE booking_id = ?").param(booking)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDateTime.class)})
                .optional()
                .ifPresent(row -> {
                    // the counter row first, as reserve() does, so two releases of one slot queue up
                    jdbc.sql("SELECT held FROM listings_slot_hold WHERE listing_id = ? AND slot_start = ? FOR UPDATE")
                            .params(row[0], row[1]).query(Integer.class).single();
                    if (jdbc.sql("DELETE FROM listings_slot_booking WHERE booking_id = ?").param(booking).update() == 1) {
                        jdbc.sql("UPDATE listings_slot_hold SET held = held - 1 WHERE listing_id = ? AND slot_start = ?")
                                .params(row[0], row[1]).update();
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> reservedStart(UUID booking) {
        return jdbc.sql("SELECT slot_start FROM listings_slot_booking WHERE booking_id = ?").param(booking)
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class)).optional();
    }

    private Map<LocalDateTime, Integer> held(ListingId id, LocalDateTime from, LocalDateTime to) {
        Map<LocalDateTime, Integer> held = new HashMap<>();
        jdbc.sql("SELECT slot_start, held FROM listings_slot_hold WHERE listing_id = ? AND slot_start >= ? AND slot_start < ?")
                .params(id.value(), from, to)
                .query((rs, n) -> held.put(rs.getObject(1, LocalDateTime.class), rs.getInt(2)))
                .list();
        return held;
    }

    /** The counter row exists before anyone locks it; racing first bookings both end up with one row. */
    private void ensureRow(ListingId id, LocalDateTime start) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "INSERT INTO listings_slot_hold (listing_id, slot_start, held) SELECT ?, ?, 0 WHERE NOT EXISTS "
                            + "(SELECT 1 FROM listings_slot_hold WHERE listing_id = ? AND slot_start = ?)")
                    .params(id.value(), start, id.value(), start).update());
        } catch (DataIntegrityViolationException alreadyThere) {
            // another booking created it first
        }
    }
}
