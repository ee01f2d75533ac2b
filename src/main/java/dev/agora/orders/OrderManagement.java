package dev.agora.orders;

import dev.agora.identity.AccountId;
import java.util.List;

/**
 * The orders module's API. Invalid input throws {@link dev.agora.kernel.validation.InvalidInputException} and
 * changes nothing; an order the viewer does not take part in is {@link OrderNotFoundException}.
 */
public interface OrderManagement {

    /** The breakdown a checkout would produce, with no side effect. */
    Quote quote(AccountId buyer, PlaceOrder order);

    /** Reserves stock, authorises the payment and starts the listing's transaction process. */
    OrderView place(AccountId buyer, PlaceOrder order);

    OrderView find(AccountId viewer, boolean operator, OrderId id);

    /** Takes a named transition as the viewer (buyer, seller or operator). */
    OrderView transition(AccountId viewer, boolean operator, OrderId id, String name);

    /**
     * The platform's own transition, asked for by another module (fulfillment proving a handoff, trust deciding a
     * dispute); only transitions whose actor is {@code SYSTEM} and that are possible now, else invalid input.
     */
    OrderView transitionAsPlatform(OrderId id, String name);

    /** An order as staff see it, for other modules acting on it; {@link OrderNotFoundException} if there is none. */
    OrderView get(OrderId id);

    List<OrderView> purchasesOf(AccountId buyer);

    List<OrderView> salesOf(AccountId seller);

    // --- payouts helper: partial refunds and the operator's order list

    /**
     * Gives part of the money back to the buyer while it is still in escrow: the seller or an operator, less than what
     * is left (a full refund is the {@code refund} transition); the key makes a retry harmless. On a completed order
     * (issue 6) up to all that is left: the seller's available money pays, buyer protection fronts what it lacks as the
     * seller's debt. Publishes {@link RefundGranted}.
     */
    OrderView refund(AccountId viewer, boolean operator, OrderId id, dev.agora.kernel.money.Money amount, String reason,
            String key);

    /**
     * Orders for staff, newest first: {@code state} filters when not blank; {@code query} matches an order id, or a
     * buyer's or seller's account id, when not blank.
     */
    List<OrderView> search(@org.jspecify.annotations.Nullable String state, @org.jspecify.annotations.Nullable String query,
            int limit);
    // --- end payouts helper
}
