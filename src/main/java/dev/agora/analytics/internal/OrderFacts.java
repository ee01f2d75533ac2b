package dev.agora.analytics.internal;

import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * What analytics keeps of an order to attribute its later events: who, where (the listing's category and city at
 * checkout), whether it is a booking request, and its money. {@code fees} is the platform's revenue from it
 * (seller commission plus buyer fee less promotions); {@code sellerGross} is what buyers paid for the seller's
 * goods or services before commission (the tax figure).
 */
public record OrderFacts(
        UUID orderId,
        UUID listingId,
        UUID buyerId,
        UUID sellerId,
        String category,
        String city,
        boolean booking,
        Money buyerTotal,
        Money fees,
        Money sellerGross,
        Instant placedAt) {}
