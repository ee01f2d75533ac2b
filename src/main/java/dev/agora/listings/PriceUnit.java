package dev.agora.listings;

import java.util.Set;

/** What one price buys: the whole thing (items, fixed-price services) or one hour, day or night. */
public enum PriceUnit {
    FIXED,
    PER_HOUR,
    PER_DAY,
    PER_NIGHT;

    public boolean allowedFor(ListingType type) {
        return switch (type) {
            case ITEM -> this == FIXED;
            case RENTAL -> Set.of(PER_HOUR, PER_DAY, PER_NIGHT).contains(this);
            case SERVICE -> this == FIXED || this == PER_HOUR;
        };
    }
}
