package dev.agora.listings;

/** What is offered; it decides which fields apply and, later, which transaction process an order runs. */
public enum ListingType {
    /** A thing for sale, unique or with a stock count. */
    ITEM,
    /** A thing lent for a time, priced per hour, day or night, with a deposit and blocked dates. */
    RENTAL,
    /** Work done, at a fixed price or per hour, booked in time slots or on request. */
    SERVICE
}
