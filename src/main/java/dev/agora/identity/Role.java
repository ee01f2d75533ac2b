package dev.agora.identity;

import java.util.List;

/**
 * One account buys and sells; staff run the marketplace and are never created by sign-up. {@code OPERATOR} is the
 * administrator who may do everything; the other staff roles get least privilege: moderators handle reports,
 * reviews and disputes, support looks members and orders up, finance handles payouts, reconciliation and tax.
 * Every staff role also carries {@code ROLE_STAFF}, which opens the console.
 */
public enum Role {
    MEMBER,
    OPERATOR,
    MODERATOR,
    SUPPORT,
    FINANCE,
    /** A platform courier (fulfillment): sees and confirms the pickup and delivery jobs assigned to them; not staff. */
    COURIER;

    public static final String STAFF_AUTHORITY = "ROLE_STAFF";

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != MEMBER && this != COURIER;
    }

    public List<String> authorities() {
        return isStaff() ? List.of(authority(), STAFF_AUTHORITY) : List.of(authority());
    }
}
