package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.internal.process.Action;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.Payments;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The money side of a transition's actions. Each step's idempotency key is the order id and the step, so a
 * retried or raced transition never charges, refunds or releases twice. Runs outside database transactions
 * (the payments module calls the provider outside them).
 */
@Component
class PaymentSteps {

    private final Payments payments;
    private final LedgerManagement ledger;
    private final Clock clock;
    private final dev.agora.kernel.time.MarketTime market; // orders-gaps: policy days are market days

    PaymentSteps(Payments payments, LedgerManagement ledger, Clock clock, dev.agora.kernel.time.MarketTime market) {
        this.market = market;
        this.payments = payments;
        this.ledger = ledger;
        this.clock = clock;
    }

    PaymentResult authorise(OrderSnapshot order, String paymentMethod, String returnUrl) {
        return payments.authorise(new Payments.Authorise(key(order, "authorise"), order.ref(), order.total(),
                paymentMethod, returnUrl));
    }

    /** Runs one action; returns what it refunded to the buyer (zero for other actions). */
    Money perform(OrderSnapshot order, Action action) {
        Money zero = Money.zero(order.total().currency());
        if (action == Action.POLICY_REFUND) {
            return policyRefund(order);
        }
        if (action == Action.SETTLE_DEPOSIT) {
            settleDeposit(order);
            return zero; // the deposit is outside every share: the release's fees stay as priced
        }
        PaymentResult result = switch (action) {
            case CAPTURE -> payments.capture(new Payments.Capture(key(order, "capture"), order.ref(), order.sellerRef(),
                    order.total()));
            case VOID -> order.authorised() ? payments.voidAuthorisation(key(order, "void"), order.ref()) : null;
            case REFUND -> order.refundable().isPositive()
                    ? payments.refund(new Payments.Refund(key(order, "refund"), order.ref(), order.refundable(), "order refunded"))
                    : null;
            case RELEASE -> release(order, order.refunded());
            case RELEASE_STOCK, POLICY_REFUND, SETTLE_DEPOSIT -> null;
        };
        checked(action, result);
        return action == Action.REFUND && result != null ? order.refundable() : zero;
    }

    /** Refunds the policy's share of what is left (the first attempt's amount on a retry), releases the rest. */
    private Money policyRefund(OrderSnapshot order) {
        String key = key(order, "policy-refund");
        Money amount = ledger.entry(key)
                .flatMap(e -> e.postings().stream().filter(p -> p.account().type() == AccountType.ESCROW).findFirst())
                .map(p -> p.normalAmount().minorUnits() < 0 ? new Money(-p.normalAmount().minorUnits(), order.total().currency()) : p.normalAmount())
                .orElseGet(() -> {
                    // issue 7: a rental's deposit always goes back in full; the policy shares out the rest
                    Money deposit = order.deposit().compareTo(order.refundable()) <= 0 ? order.deposit() : order.refundable();
                    return deposit.plus(order.refundable().minus(deposit).percentOf(RefundShares.policyShare(
                            order.cancellationPolicy(), order.startsAt(), clock.instant(), market.zone())));
                });
        if (amount.isPositive()) {
            checked(Action.POLICY_REFUND, payments.refund(new Payments.Refund(key, order.ref(), amount, "cancelled by the buyer")));
        }
        Money refunded = order.refunded().plus(amount);
        if (order.total().isGreaterThan(refunded)) {
            Money deposit = order.deposit().compareTo(refunded) <= 0 ? order.deposit() : refunded;
            checked(Action.RELEASE, release(order, refunded.minus(deposit))); // the deposit bears no fee (issue 7)
        }
        return amount;
    }

    /** Issue 7: the deposit less the late fee back to the buyer (once, by its key); the late fee stays for the seller. */
    private void settleDeposit(OrderSnapshot order) {
        Money back = order.deposit().minus(order.lateFee());
        if (back.isPositive()) {
            checked(Action.SETTLE_DEPOSIT, payments.refund(new Payments.Refund(key(order, "deposit-refund"), order.ref(), back,
                    "rental deposit returned less late fee " + order.lateFee())));
        }
    }

    private PaymentResult release(OrderSnapshot order, Money refunded) {
        var fees = RefundShares.feesAfter(refunded, order.sellerNet(), order.commission(), order.platformFee());
        return payments.release(new Payments.Release(key(order, "release"), order.ref(), order.sellerRef(),
                fees.commission(), fees.platformFee()));
    }

    /** A refund that is not a transition (seller or operator giving part of the money back). */
    void partialRefund(OrderSnapshot order, String key, Money amount, String reason) {
        checked(Action.REFUND, payments.refund(new Payments.Refund(key, order.ref(), amount, reason)));
    }

    /** Issue 6: a refund of a completed order whose escrow was released. */
    void refundAfterRelease(OrderSnapshot order, String key, Money amount, String reason) {
        checked(Action.REFUND, payments.refundAfterRelease(new Payments.RefundAfterRelease(key, order.ref(), order.sellerRef(),
                amount, reason)));
    }

    private static void checked(Action action, PaymentResult result) {
        if (result != null && !result.succeeded()) {
            throw InvalidInputException.of("transition", "orders.payment-failed",
                    "The payment step " + action.name().toLowerCase() + " did not go through ("
                            + (result.failureCode() == null ? result.state() : result.failureCode()) + ")");
        }
    }

    static String key(OrderSnapshot order, String step) {
        return "order:" + order.ref() + ":" + step;
    }
}
