package dev.agora.payments;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.SellerBalance;
import dev.agora.ledger.StatementLine;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The payments API for orders (and operators). Each command carries an idempotency key the caller keeps for
 * retries: a replay returns the first outcome without calling the provider again (unless it ended ERRORED,
 * which is retried with the same key); the same key with another command is rejected. Money moves in the
 * ledger only once the provider said yes.
 */
public interface Payments {

    /** Checkout: authorises the buyer's card; SUCCEEDED books a pending ledger entry, REQUIRES_ACTION waits. */
    PaymentResult authorise(Authorise command);

    /** Captures (part of) the order's authorisation into escrow. */
    PaymentResult capture(Capture command);

    /** Cancels the order's open authorisation (expired request, cancelled checkout). */
    PaymentResult voidAuthorisation(String idempotencyKey, String orderRef);

    /** Refunds from the order's escrow to the buyer's card; never more than the escrow holds. */
    PaymentResult refund(Refund command);

    // --- issue 6: refunds after release ---
    /**
     * Refunds (part of) a completed order whose escrow was released: the provider refunds the card, the ledger takes
     * it from the seller's available money, buyer protection fronting what is missing as the seller's debt. Never
     * more than was released minus refunded since.
     */
    PaymentResult refundAfterRelease(RefundAfterRelease command);

    record RefundAfterRelease(String idempotencyKey, String orderRef, String sellerRef, Money amount, String reason) {}
    // --- end issue 6 ---

    /** Completion: escrow → seller available (less fees), then a transfer to the seller tied to the charge. */
    PaymentResult release(Release command);

    /** Seller available → provider payout; never more than available. */
    PaymentResult requestPayout(RequestPayout command);

    /** Where the provider pays a seller (a Stripe connected account id); the sandbox needs none. */
    void linkPayoutAccount(String sellerRef, String providerAccount);

    SellerBalance balanceOf(String sellerRef, Currency currency);

    List<StatementLine> statement(String sellerRef, Currency currency);

    ReconciliationReport reconcile(Instant from, Instant to);

    /** @param returnUrl where the buyer comes back after an authentication step */
    record Authorise(String idempotencyKey, String orderRef, Money amount, String paymentMethod, String returnUrl) {}

    record Capture(String idempotencyKey, String orderRef, String sellerRef, Money amount) {}

    record Refund(String idempotencyKey, String orderRef, Money amount, String reason) {}

    record Release(String idempotencyKey, String orderRef, String sellerRef, Money commission, Money buyerFee) {}

    record RequestPayout(String idempotencyKey, String sellerRef, Money amount) {}
}
