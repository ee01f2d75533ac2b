package dev.agora.orders.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.RentalCalendar;
import dev.agora.listings.ServiceSlots;
import dev.agora.listings.SlotOpening;
import dev.agora.orders.PlaceOrder;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Whether what a quote prices can be had, read only (orders-gaps): the units left after other checkouts' holds,
 * the rental's days (blocked or booked), the service slot (an opening with a place left). Refuses like placing
 * would, naming the field ({@code quantity}, {@code startsAt}, {@code slot}), and holds nothing; placing still
 * decides under its locks, so a quote that passes can lose a race and the order is then refused.
 */
@Component
class QuoteAvailability {

    private final StockReservations stock;
    private final RentalCalendar rentals;
    private final ServiceSlots slots;

    QuoteAvailability(StockReservations stock, RentalCalendar rentals, ServiceSlots slots) {
        this.stock = stock;
        this.rentals = rentals;
        this.slots = slots;
    }

    void check(ListingView listing, PlaceOrder command) {
        if (listing.type() == ListingType.ITEM) {
            int left = listing.stock() - stock.held(listing.id());
            if (command.quantity() > left) {
                throw InvalidInputException.of("quantity", "orders.quantity.above-stock",
                        left <= 0 ? "This is no longer available" : "Only " + left + " left");
            }
        } else if (listing.type() == ListingType.RENTAL && command.startsAt() != null) {
            rentals.checkFree(listing.id(), command.startsAt(), command.quantity());
        } else if (listing.bookingMode() == BookingMode.SLOTS && command.slot() != null) {
            LocalDateTime start = command.slot();
            SlotOpening opening = slots.openings(listing.id(), start.toLocalDate(), start.toLocalDate()).stream()
                    .filter(o -> o.start().equals(start)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("slot", "orders.slot.invalid",
                            "There is no opening at " + start + " (past, blocked or not in the schedule)"));
            if (opening.full()) {
                throw InvalidInputException.of("slot", "orders.slot.full", "The slot at " + start + " is fully booked");
            }
        }
    }
}
