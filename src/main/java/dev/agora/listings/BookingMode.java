package dev.agora.listings;

/** How a service is booked: a buyer picks a time slot, or asks and the provider proposes a time. */
public enum BookingMode {
    SLOTS,
    ON_REQUEST
}
