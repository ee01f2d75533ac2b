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

/** The processes the platform ships. Changing one means a new version; running orders keep theirs. */
public final class StandardProcesses {

    public static final Duration RESERVATION = Duration.ofMinutes(15);
    public static final Duration ACCEPTANCE = Duration.ofHours(24);
    public static final Duration AUTO_COMPLETE = Duration.ofDays(3);

    private StandardProcesses() {}

    /** Items: the card is authorised at checkout and captured at once; the handoff is the fulfillment module's. */
    public static TransactionProcess buyNow() {
        return TransactionProcess.define("buy-now", 1)
                .initial("checkout")
                .finals("completed", "cancelled", "expired", "refunded")
                .transition("pay").from("checkout").to("paid").by(SYSTEM).does(CAPTURE)
                .transition("cancel").from("checkout").to("cancelled").by(BUYER).does(VOID, RELEASE_STOCK)
                .transition("decline").from("checkout").to("cancelled").by(SYSTEM).does(VOID, RELEASE_STOCK)
                .transition("expire").from("checkout").to("expired").after(RESERVATION).does(VOID, RELEASE_STOCK)
                .transition("hand-over").from("paid").to("handed_over").by(SELLER).done()
                .transition("cancel").from("paid").to("refunded").by(SELLER).does(REFUND, RELEASE_STOCK)
                .transition("refund").from("paid").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK)
                .transition("confirm-delivery").from("handed_over").to("delivered").by(BUYER).done()
                .transition("refund").from("handed_over").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK)
                .transition("complete").from("delivered").to("completed").by(BUYER).does(RELEASE)
                .transition("refund").from("delivered").to("refunded").by(OPERATOR).does(REFUND)
                .transition("auto-complete").from("delivered").to("completed").after(AUTO_COMPLETE).does(RELEASE)
                .with(DisputePaths.from("delivered")) // trust: disputes during the inspection window
                .build();
    }

    /** Rentals and services: the seller accepts (capture) within 24 h or the authorisation is voided. */
    public static TransactionProcess requestToBook() {
        return TransactionProcess.define("request-to-book", 1)
                .initial("requested")
                .finals("completed", "declined", "expired", "cancelled", "refunded")
                .transition("accept").from("requested").to("paid").by(SELLER).does(CAPTURE)
                .transition("decline").from("requested").to("declined").by(SELLER).does(VOID, RELEASE_STOCK)
                .transition("withdraw").from("requested").to("cancelled").by(BUYER).does(VOID, RELEASE_STOCK)
                .transition("expire").from("requested").to("expired").after(ACCEPTANCE).does(VOID, RELEASE_STOCK)
                .transition("start").from("paid").to("in_progress").by(SELLER).done()
                .transition("cancel").from("paid").to("refunded").by(BUYER).does(REFUND, RELEASE_STOCK)
                .transition("refund").from("paid").to("refunded").by(OPERATOR).does(REFUND, RELEASE_STOCK)
                .transition("complete").from("in_progress").to("completed").by(BUYER).does(RELEASE)
                .transition("refund").from("in_progress").to("refunded").by(OPERATOR).does(REFUND)
                .transition("auto-complete").from("in_progress").to("completed").after(AUTO_COMPLETE).does(RELEASE)
                .with(DisputePaths.from("in_progress")) // trust: disputes while the service or rental runs
                .build();
    }
}
