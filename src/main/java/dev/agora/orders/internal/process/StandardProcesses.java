package dev.agora.orders.internal.process;

import static dev.agora.orders.Actor.BUYER;
import static dev.agora.orders.Actor.OPERATOR;
import static dev.agora.orders.Actor.SELLER;
import static dev.agora.orders.Actor.SYSTEM;
import static dev.agora.orders.internal.process.Action.CAPTURE;
import static dev.agora.orders.internal.process.Action.REFUND;
import static dev.agora.orders.internal.process.Action.RELEASE;
import static dev.agora.orders.internal.process.Action.RELEASE_STOCK;
import static dev.agora.orders.internal.process.Action.VOID;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The processes the platform ships. Changing one means a new version; running orders keep theirs. The transitions
 * several versions share are written once (the parts below, added with {@code with}); each version still lists
 * its own steps in order, and {@code StandardProcessesTests} pins every version's transitions.
 */
public final class StandardProcesses {

    public static final Duration RESERVATION = Duration.ofMinutes(15);
    public static final Duration ACCEPTANCE = Duration.ofHours(24);
    public static final Duration AUTO_COMPLETE = Duration.ofDays(3);

    /** Version 2: the seller has this long after payment to hand the item over, else the buyer is refunded. */
    public static final Duration SHIP_BY = Duration.ofDays(5);
    /** Version 2: the buyer's inspection window after delivery; then the order completes and escrow is released. */
    public static final Duration INSPECTION = Duration.ofDays(2);
    /** Version 2: no delivery this long after the handoff started (dispatch) and an operator looks at the order. */
    public static final Duration CONFIRM_BY = Duration.ofDays(14);

    /**
     * The parties' own handoff steps. When the order's delivery is proven by the platform (courier, meetup, shipping)
     * they are not offered: fulfillment takes {@code picked-up}, {@code met}, {@code shipped} and {@code delivered}.
     */
    public static final java.util.Set<String> SELF_ARRANGED_HANDOFF = java.util.Set.of("hand-over", "confirm-delivery");

    // --- issue 7: rental returns (request-to-book version 3)
    /** Transitions only a rental with a return takes (the system's, asked for by fulfillment). */
    public static final java.util.Set<String> RETURN_ONLY = java.util.Set.of("returned", "return-overdue", "keep-deposit");
    /** Transitions a rental with a return does not take: it completes when the item is back, never by itself. */
    public static final java.util.Set<String> REPLACED_BY_RETURN = java.util.Set.of("complete", "auto-complete");

    /**
     * Version 3: as version 2, and a rental (an order marked for return at checkout) completes when fulfillment
     * confirms the return ({@code returned}: the deposit less the late fee back to the buyer, the rest released).
     * Not back by the return-by deadline plus grace ({@code return-overdue}, fulfillment's timer) and an operator
     * decides: a late return still settles, {@code keep-deposit} gives the seller the deposit for a lost item, or
     * {@code refund}. Services take {@code complete}/{@code auto-complete} as before.
     */
    public static TransactionProcess requestToBookV3() {
        return TransactionProcess.define("request-to-book", 3)
                .initial("requested")
                .finals("completed", "declined", "expired", "cancelled", "refunded")
                .with(BOOKING_REQUEST)
                .transition("cancel").from("paid").to("cancelled").by(BUYER).does(Action.POLICY_REFUND, RELEASE_STOCK)
                .with(BOOKING_RUN)
                .transition("returned").from("in_progress").to("completed").by(SYSTEM).does(Action.SETTLE_DEPOSIT, RELEASE)
                .transition("return-overdue").from("in_progress").to("operator_review").by(SYSTEM).done()
                .transition("returned").from("operator_review").to("completed").by(SYSTEM).does(Action.SETTLE_DEPOSIT, RELEASE)
                .transition("keep-deposit").from("operator_review").to("completed").by(OPERATOR).does(RELEASE)
                .transition("refund").from("operator_review").to("refunded").by(OPERATOR).does(REFUND)
                .with(DisputePaths.from("in_progress")) // trust: disputes while the service or rental runs
                .build();
    }
    // --- end issue 7

    private StandardProcesses() {}

    // --- orders-gaps: the transitions versions share, each written once; every version stays its own definition
    /** Buy now: the card is authorised at checkout; paid, cancelled by the buyer, declined or expired. */
    private static final UnaryOperator<ProcessBuilder> CHECKOUT = b -> b
            .transition("pay").from("checkout").to("paid").by(SYSTEM).does(CAPTURE)
            .transition("cancel").from("checkout").to("cancelled").by(BUYER).does(VOID, RELEASE_STOCK)
            .transition("decline").from("checkout").to("cancelled").by(SYSTEM).does(VOID, RELEASE_STOCK)
            .transition("expire").from("checkout").to("expired").after(RESERVATION).does(VOID, RELEASE_STOCK);

    /** Buy now, paid: the seller hands over or cancels (refund), or an operator refunds. */
    private static final UnaryOperator<ProcessBuilder> PAID_BY_HAND = b -> b
            .transition("hand-over").from("paid").to("handed_over").by(SELLER).done()
            .transition("cancel").from("paid").to("refunded").by(SELLER).does(REFUND, RELEASE_STOCK)
            .transition("refund").from("paid").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK);

    /** Buy now, handed over: the buyer confirms the delivery. */
    private static final UnaryOperator<ProcessBuilder> BUYER_CONFIRMS = b -> b
            .transition("confirm-delivery").from("handed_over").to("delivered").by(BUYER).done();

    /** Buy now, handed over: an operator refunds (the item did not arrive). */
    private static final UnaryOperator<ProcessBuilder> REFUND_HANDED_OVER = b -> b
            .transition("refund").from("handed_over").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK);

    /** Buy now, delivered: the buyer completes, an operator refunds, or the window ends ({@code window}) and it completes. */
    private static UnaryOperator<ProcessBuilder> inspection(Duration window) {
        return b -> b
                .transition("complete").from("delivered").to("completed").by(BUYER).does(RELEASE)
                .transition("refund").from("delivered").to("refunded").by(OPERATOR).does(REFUND)
                .transition("auto-complete").from("delivered").to("completed").after(window).does(RELEASE);
    }

    /** Request to book: the seller accepts (capture) within 24 h, declines, the buyer withdraws, or it expires; then it starts. */
    private static final UnaryOperator<ProcessBuilder> BOOKING_REQUEST = b -> b
            .transition("accept").from("requested").to("paid").by(SELLER).does(CAPTURE)
            .transition("decline").from("requested").to("declined").by(SELLER).does(VOID, RELEASE_STOCK)
            .transition("withdraw").from("requested").to("cancelled").by(BUYER).does(VOID, RELEASE_STOCK)
            .transition("expire").from("requested").to("expired").after(ACCEPTANCE).does(VOID, RELEASE_STOCK)
            .transition("start").from("paid").to("in_progress").by(SELLER).done();

    /** Request to book, paid or running: operator refunds, the buyer completes, or it completes by itself. */
    private static final UnaryOperator<ProcessBuilder> BOOKING_RUN = b -> b
            .transition("refund").from("paid").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK)
            .transition("complete").from("in_progress").to("completed").by(BUYER).does(RELEASE)
            .transition("refund").from("in_progress").to("refunded").by(OPERATOR).does(REFUND)
            .transition("auto-complete").from("in_progress").to("completed").after(AUTO_COMPLETE).does(RELEASE);
    // --- end orders-gaps

    /**
     * Items, version 2: handoffs proven by the fulfillment module (system transitions {@code picked-up},
     * {@code shipped}, {@code met}, {@code delivered}, {@code handoff-failed}) and three timers: ship-by (5 days
     * after payment, refund), confirm-by (14 days after handover without delivery, operator review) and the
     * inspection window (2 days after delivery, release). The parties' own {@code hand-over}/{@code confirm-delivery}
     * remain for self-arranged handoffs only (see {@link #SELF_ARRANGED_HANDOFF}).
     */
    public static TransactionProcess buyNowV2() {
        return TransactionProcess.define("buy-now", 2)
                .initial("checkout")
                .finals("completed", "cancelled", "expired", "refunded")
                .with(CHECKOUT)
                .transition("picked-up").from("paid").to("handed_over").by(SYSTEM).done()
                .transition("shipped").from("paid").to("handed_over").by(SYSTEM).done()
                .transition("met").from("paid").to("handed_over").by(SYSTEM).done()
                .with(PAID_BY_HAND)
                .transition("handoff-failed").from("paid").to("refunded").by(SYSTEM).does(REFUND, RELEASE_STOCK)
                .transition("ship-by").from("paid").to("refunded").after(SHIP_BY).does(REFUND, RELEASE_STOCK)
                .transition("delivered").from("handed_over").to("delivered").by(SYSTEM).done()
                .with(BUYER_CONFIRMS)
                .transition("handoff-failed").from("handed_over").to("refunded").by(SYSTEM).does(REFUND, RELEASE_STOCK)
                .with(REFUND_HANDED_OVER)
                .transition("confirm-by").from("handed_over").to("operator_review").after(CONFIRM_BY).done()
                .transition("delivered").from("operator_review").to("delivered").by(SYSTEM).done()
                .transition("confirm-delivery").from("operator_review").to("delivered").by(OPERATOR).done()
                .transition("refund").from("operator_review").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK)
                .with(inspection(INSPECTION))
                .with(DisputePaths.from("delivered")) // trust: disputes during the inspection window
                .build();
    }

    /** Items: the card is authorised at checkout and captured at once; the handoff is the fulfillment module's. */
    public static TransactionProcess buyNow() {
        return TransactionProcess.define("buy-now", 1)
                .initial("checkout")
                .finals("completed", "cancelled", "expired", "refunded")
                .with(CHECKOUT)
                .with(PAID_BY_HAND)
                .with(BUYER_CONFIRMS)
                .with(REFUND_HANDED_OVER)
                .with(inspection(AUTO_COMPLETE))
                .with(DisputePaths.from("delivered")) // trust: disputes during the inspection window
                .build();
    }

    /** Rentals and services: the seller accepts (capture) within 24 h or the authorisation is voided. */
    public static TransactionProcess requestToBook() {
        return TransactionProcess.define("request-to-book", 1)
                .initial("requested")
                .finals("completed", "declined", "expired", "cancelled", "refunded")
                .with(BOOKING_REQUEST)
                .transition("cancel").from("paid").to("refunded").by(BUYER).does(REFUND, RELEASE_STOCK)
                .with(BOOKING_RUN)
                .with(DisputePaths.from("in_progress")) // trust: disputes while the service or rental runs
                .build();
    }

    /** Version 2 (payouts helper): a buyer's cancellation after acceptance follows the listing's cancellation policy. */
    public static TransactionProcess requestToBookV2() {
        return TransactionProcess.define("request-to-book", 2)
                .initial("requested")
                .finals("completed", "declined", "expired", "cancelled", "refunded")
                .with(BOOKING_REQUEST)
                .transition("cancel").from("paid").to("cancelled").by(BUYER).does(Action.POLICY_REFUND, RELEASE_STOCK)
                .with(BOOKING_RUN)
                .with(DisputePaths.from("in_progress")) // trust: disputes while the service or rental runs
                .build();
    }
}
