package dev.agora.trust.internal.disputes;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.Payments;
import dev.agora.trust.internal.disputes.DisputeSplit.Split;
import org.springframework.stereotype.Component;

/**
 * The money side of a decision, run outside database transactions (payments calls the provider outside them).
 * Every step is keyed by the dispute, so a retried decision repeats nothing; the order's own transitions refuse a
 * second decision. The escrow is held by the dispute's ledger hold until the decision lifts it.
 */
@Component
class DisputeMoney {

    private final OrderManagement orders;
    private final Payments payments;
    private final LedgerManagement ledger;

    DisputeMoney(OrderManagement orders, Payments payments, LedgerManagement ledger) {
        this.orders = orders;
        this.payments = payments;
        this.ledger = ledger;
    }

    /** The whole order back to the buyer; buyer protection tops the escrow up when it holds less. */
    Money refundAll(Dispute dispute) {
        OrderView order = orders.get(dispute.orderId());
        Money total = order.quote().buyerTotal();
        Money escrow = ledger.escrowOf(dispute.orderId().toString(), dispute.currency()).balance();
        if (total.isGreaterThan(escrow)) {
            ledger.fundFromProtection(new LedgerManagement.FundFromProtection("dispute:" + dispute.id() + ":protection",
                    dispute.orderId().toString(), total.minus(escrow), "buyer protection for dispute " + dispute.id()));
        }
        if (disputed(order)) {
            orders.transitionAsPlatform(dispute.orderId(), "dispute-refund");
        }
        ledger.releaseHold(dispute.holdId());
        return total;
    }

    /** Part back to the buyer, the rest released to the seller with the commission on what they keep. */
    Split refundPart(Dispute dispute, Money refund) {
        OrderView order = orders.get(dispute.orderId());
        Split split = DisputeSplit.of(order.quote(), refund);
        String orderRef = dispute.orderId().toString();
        succeeded(payments.refund(new Payments.Refund("dispute:" + dispute.id() + ":partial-refund", orderRef, refund,
                "dispute partial refund")));
        ledger.releaseHold(dispute.holdId());
        succeeded(payments.release(new Payments.Release("dispute:" + dispute.id() + ":release", orderRef,
                dispute.sellerId().toString(), split.commission(), split.buyerFee())));
        if (disputed(order)) {
            orders.transitionAsPlatform(dispute.orderId(), "dispute-settle");
        }
        return split;
    }

    /** The escrow to the seller as the order would have released it. */
    void release(Dispute dispute) {
        ledger.releaseHold(dispute.holdId());
        if (disputed(orders.get(dispute.orderId()))) {
            orders.transitionAsPlatform(dispute.orderId(), "dispute-release");
        }
    }

    private static boolean disputed(OrderView order) {
        return order.state().equals(Disputes.DISPUTED);
    }

    private static void succeeded(PaymentResult result) {
        if (!result.succeeded()) {
            throw InvalidInputException.of("outcome", "trust.dispute.payment-failed",
                    "The payment step did not go through (" + result.failureCode() + "); try again");
        }
    }
}
