package dev.agora.trust;

/** A seller's level from completed orders, rating, dispute and cancellation rates and response time, less strikes. */
public enum SellerLevel {
    NEW,
    RISING,
    TOP;

    public SellerLevel lower(int steps) {
        return values()[Math.max(0, ordinal() - Math.max(0, steps))];
    }

    public String messageKey() {
        return "trust.level." + name().toLowerCase();
    }
}
