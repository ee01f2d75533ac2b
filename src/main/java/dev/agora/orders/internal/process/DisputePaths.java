package dev.agora.orders.internal.process;

import static dev.agora.orders.Actor.SYSTEM;
import static dev.agora.orders.internal.process.Action.REFUND;
import static dev.agora.orders.internal.process.Action.RELEASE;

import java.util.function.UnaryOperator;

/**
 * The dispute states of a transaction process, driven by the trust module through
 * {@code OrderManagement.transitionAsPlatform} (every transition here is the platform's own):
 * <pre>
 * inspected ──open-dispute──▶ disputed ──dispute-refund──▶ refunded     (escrow back to the buyer)
 *                                      ──dispute-release─▶ completed    (escrow to the seller)
 *                                      ──dispute-settle──▶ completed    (trust split the escrow itself)
 *                                      ──dispute-chargeback─▶ refunded  (the provider already paid the buyer)
 * </pre>
 * Trust holds the escrow in the ledger while the order is disputed, so nothing releases it by accident, and lifts
 * its hold before {@code dispute-release}.
 */
public final class DisputePaths {

    public static final String DISPUTED = "disputed";

    private DisputePaths() {}

    /** The dispute part for a process whose buyer inspects in {@code inspectedState} (delivered, in progress). */
    public static UnaryOperator<ProcessBuilder> from(String inspectedState) {
        return builder -> builder
                .transition("open-dispute").from(inspectedState).to(DISPUTED).by(SYSTEM).done()
                .transition("dispute-refund").from(DISPUTED).to("refunded").by(SYSTEM).does(REFUND)
                .transition("dispute-release").from(DISPUTED).to("completed").by(SYSTEM).does(RELEASE)
                .transition("dispute-settle").from(DISPUTED).to("completed").by(SYSTEM).done()
                .transition("dispute-chargeback").from(DISPUTED).to("refunded").by(SYSTEM).done();
    }
}
