package dev.agora.payments.internal;

import static dev.agora.payments.PaymentOperation.AUTHORISE;
import static dev.agora.payments.PaymentOperation.CAPTURE;
import static dev.agora.payments.PaymentOperation.PAYOUT;
import static dev.agora.payments.PaymentOperation.REFUND;
import static dev.agora.payments.PaymentOperation.TRANSFER;
import static dev.agora.payments.PaymentOperation.TRANSFER_REVERSAL;
import static dev.agora.payments.PaymentOperation.VOID;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.SellerBalance;
import dev.agora.ledger.StatementLine;
import dev.agora.payments.PaymentGateway;
import dev.agora.payments.PaymentGateway.Result;
import dev.agora.payments.PaymentOperation;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.PaymentState;
import dev.agora.payments.Payments;
import dev.agora.payments.PayoutRequested;
import dev.agora.payments.ReconciliationReport;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payments facade. A command is recorded as PENDING under its key, sent to the provider outside any
 * database transaction, its answer recorded, and only a SUCCEEDED answer is booked into the ledger.
 */
@Service
class PaymentCommands implements Payments {

    private final PaymentGateway gateway;
    private final ProviderCalls calls;
    private final Bookings bookings;
    private final Payees payees;
    private final LedgerManagement ledger;
    private final Reconciliation reconciliation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentCommands(PaymentGateway gateway, ProviderCalls calls, Bookings bookings, Payees payees, LedgerManagement ledger,
            Reconciliation reconciliation, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.gateway = gateway;
        this.calls = calls;
        this.bookings = bookings;
        this.payees = payees;
        this.ledger = ledger;
        this.reconciliation = reconciliation;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public PaymentResult authorise(Authorise c) {
        return call(c.idempotencyKey(), AUTHORISE, c.orderRef(), null, c.amount(),
                () -> gateway.authorise(new PaymentGateway.Authorisation(
                        c.idempotencyKey(), c.amount(), c.paymentMethod(), c.orderRef(), c.returnUrl())),
                done -> bookings.authorised(done, false));
    }

    @Override
    public PaymentResult capture(Capture c) {
        ProviderCall authorisation = succeeded(c.orderRef(), AUTHORISE);
        // orders-lean: the replay is read once, for the authorisation check and for the call
        Optional<ProviderCall> existing = calls.replayOf(c.idempotencyKey(), CAPTURE, c.orderRef(), c.sellerRef(), c.amount());
        if (existing.isEmpty()) {
            requireAuthorised(c.orderRef(), c.amount());
        }
        return call(existing, c.idempotencyKey(), CAPTURE, c.orderRef(), c.sellerRef(), c.amount(),
                () -> gateway.capture(new PaymentGateway.Capture(c.idempotencyKey(), ref(authorisation), c.amount())),
                done -> bookings.captured(done, authorisation.idempotencyKey()));
    }

    @Override
    public PaymentResult voidAuthorisation(String key, String orderRef) {
        ProviderCall authorisation = succeeded(orderRef, AUTHORISE);
        if (calls.find(key).isEmpty()) {
            requireAuthorised(orderRef, Money.ofMinor(1, authorisation.amount().currencyCode()));
        }
        return call(key, VOID, orderRef, null, authorisation.amount(),
                () -> gateway.voidAuthorisation(new PaymentGateway.Void(key, ref(authorisation))),
                done -> bookings.voided(done, authorisation.idempotencyKey()));
    }

    @Override
    public PaymentResult refund(Refund c) {
        Optional<ProviderCall> replay = calls.replayOf(c.idempotencyKey(), REFUND, c.orderRef(), null, c.amount());
        if (replay.isEmpty() && c.amount().isGreaterThan(ledger.escrowOf(c.orderRef(), c.amount().currency()).refundable())) {
            throw InvalidInputException.of("amount", "payments.refund-above-escrow",
                    "The refund is more than is left of the order's payment");
        }
        ProviderCall capture = succeeded(c.orderRef(), CAPTURE);
        return call(replay, c.idempotencyKey(), REFUND, c.orderRef(), null, c.amount(),
                () -> gateway.refund(new PaymentGateway.Refund(c.idempotencyKey(), ref(capture), c.amount())),
                bookings::refunded);
    }

    // --- issue 6: refunds after release (the call's seller_ref marks them for Bookings) ---
    @Override
    public PaymentResult refundAfterRelease(RefundAfterRelease c) {
        Optional<ProviderCall> replay = calls.replayOf(c.idempotencyKey(), REFUND, c.orderRef(), c.sellerRef(), c.amount());
        if (replay.isEmpty() && c.amount().isGreaterThan(ledger.refundableAfterRelease(c.orderRef(), c.amount().currency()))) {
            throw InvalidInputException.of("amount", "payments.refund-above-released",
                    "The refund is more than is left of the order's released payment");
        }
        ProviderCall capture = succeeded(c.orderRef(), CAPTURE);
        PaymentResult refunded = call(replay, c.idempotencyKey(), REFUND, c.orderRef(), c.sellerRef(), c.amount(),
                () -> gateway.refund(new PaymentGateway.Refund(c.idempotencyKey(), ref(capture), c.amount())),
                bookings::refunded);
        if (refunded.state() == PaymentState.SUCCEEDED) {
            reverseTransfer(c); // orders-gaps
        }
        return refunded;
    }
    // --- end issue 6 ---

    /**
     * orders-gaps: the seller's share of a refund after release (what the ledger took from their available money plus
     * what buyer protection fronted as their debt) comes back from the transfer made at release, so the provider's
     * balances follow the ledger: a reversal beyond the connected account's balance leaves it negative, and the
     * provider nets that against the next transfers just as the ledger nets the debt before the next payout. Capped
     * by the transfer minus earlier reversals; key {@code {refund key}:transfer-reversal}, so a retried refund
     * retries only a reversal that errored.
     */
    private void reverseTransfer(RefundAfterRelease c) {
        Optional<ProviderCall> transfer = calls.latestSucceeded(c.orderRef(), TRANSFER);
        @Nullable String entryId = calls.find(c.idempotencyKey()).map(ProviderCall::ledgerEntryId).orElse(null);
        if (transfer.isEmpty() || transfer.get().providerRef() == null || entryId == null) {
            return; // no transfer was made (no payout account at release): nothing left the platform
        }
        long sellerShare = ledger.entry(entryId).map(e -> e.postings().stream()
                .filter(p -> p.account().type() == AccountType.SELLER_AVAILABLE || p.account().type() == AccountType.BUYER_PROTECTION)
                .mapToLong(p -> p.amountMinor()).sum()).orElse(0L);
        String key = c.idempotencyKey() + ":transfer-reversal";
        long left = transfer.get().amount().minorUnits() - calls.succeededTotal(c.orderRef(), TRANSFER_REVERSAL, key);
        Money amount = new Money(Math.min(sellerShare, left), c.amount().currency());
        if (amount.isPositive()) {
            String transferRef = ref(transfer.get());
            call(key, TRANSFER_REVERSAL, c.orderRef(), c.sellerRef(), amount,
                    () -> gateway.reverseTransfer(new PaymentGateway.TransferReversal(key, transferRef, amount)),
                    ProviderCall::ledgerEntryId); // a transfer reversal books no entry of its own
        }
    }

    @Override
    public PaymentResult release(Release c) {
        var entry = ledger.release(new LedgerManagement.Release(
                c.idempotencyKey(), c.orderRef(), c.sellerRef(), c.commission(), c.buyerFee()));
        Money toSeller = entry.postings().stream()
                .filter(p -> p.account().type() == AccountType.SELLER_AVAILABLE)
                .map(p -> p.normalAmount()).findFirst().orElse(Money.zero(c.commission().currency()));
        String key = c.idempotencyKey() + ":transfer";
        Optional<String> destination = destination(c.sellerRef());
        if (!toSeller.isPositive() || destination.isEmpty()) {
            return new PaymentResult(c.idempotencyKey(), TRANSFER, PaymentState.SUCCEEDED, null,
                    destination.isEmpty() ? "no_payout_account" : null, null, entry.id());
        }
        @Nullable String charge = calls.latestSucceeded(c.orderRef(), CAPTURE).map(ProviderCall::sourceCharge).orElse(null);
        PaymentResult transfer = call(key, TRANSFER, c.orderRef(), c.sellerRef(), toSeller,
                () -> gateway.transfer(new PaymentGateway.Transfer(key, destination.get(), toSeller, c.orderRef(), charge)),
                done -> {
                    calls.booked(done.idempotencyKey(), entry.id());
                    return entry.id();
                });
        return new PaymentResult(c.idempotencyKey(), TRANSFER, transfer.state(), transfer.providerReference(),
                transfer.failureCode(), null, entry.id());
    }

    @Override
    public PaymentResult requestPayout(RequestPayout c) {
        String destination = destination(c.sellerRef()).orElseThrow(() -> InvalidInputException.of(
                "sellerRef", "payments.no-payout-account", "The seller has no payout account yet"));
        Optional<ProviderCall> replay = calls.replayOf(c.idempotencyKey(), PAYOUT, null, c.sellerRef(), c.amount());
        if (replay.isPresent() && replay.get().state() != PaymentState.ERRORED) {
            return replay.get().result();
        }
        if (replay.isEmpty()) {
            tx.executeWithoutResult(status -> {
                ledger.requestPayout(new LedgerManagement.RequestPayout(c.idempotencyKey(), c.sellerRef(), c.amount()));
                calls.start(c.idempotencyKey(), PAYOUT, gateway.name(), null, c.sellerRef(), c.amount());
                events.publishEvent(new PayoutRequested(c.idempotencyKey(), c.sellerRef(), c.amount(), clock.instant()));
            });
        }
        Result result = ask(() -> gateway.payout(new PaymentGateway.Payout(c.idempotencyKey(), destination, c.amount())));
        ProviderCall recorded = calls.record(c.idempotencyKey(), result);
        if (recorded.state() == PaymentState.SUCCEEDED) {
            bookings.payoutSettled(recorded);
        } else if (recorded.state() == PaymentState.FAILED) {
            bookings.payoutFailed(recorded, String.valueOf(recorded.failureCode()));
        }
        return calls.find(c.idempotencyKey()).orElseThrow().result();
    }

    @Override
    public void linkPayoutAccount(String sellerRef, String providerAccount) {
        payees.link(sellerRef, providerAccount);
    }

    @Override
    public SellerBalance balanceOf(String sellerRef, Currency currency) {
        return ledger.sellerBalance(sellerRef, currency);
    }

    @Override
    public List<StatementLine> statement(String sellerRef, Currency currency) {
        return ledger.statement(sellerRef, currency);
    }

    @Override
    public ReconciliationReport reconcile(Instant from, Instant to) {
        return reconciliation.reconcile(from, to);
    }

    /**
     * A call with no check before it: orders-lean: it is started first (INSERT … ON CONFLICT DO NOTHING), so a new
     * call costs no read; only when the key exists is the row read, to replay it or refuse a reused key.
     */
    private PaymentResult call(String key, PaymentOperation operation, String orderRef, @Nullable String sellerRef,
            Money amount, Supplier<Result> provider, Function<ProviderCall, String> onSuccess) {
        if (calls.start(key, operation, gateway.name(), orderRef, sellerRef, amount)) {
            return ask(ProviderCall.pending(key, operation, gateway.name(), orderRef, sellerRef, amount), provider, onSuccess);
        }
        return call(calls.replayOf(key, operation, orderRef, sellerRef, amount), key, operation, orderRef, sellerRef,
                amount, provider, onSuccess);
    }

    /** {@code existing}: the call's row as {@link ProviderCalls#replayOf} found it just before. */
    private PaymentResult call(Optional<ProviderCall> existing, String key, PaymentOperation operation, String orderRef,
            @Nullable String sellerRef, Money amount, Supplier<Result> provider, Function<ProviderCall, String> onSuccess) {
        if (existing.isPresent() && existing.get().state() != PaymentState.ERRORED) {
            return existing.get().result();
        }
        if (existing.isEmpty() && !calls.start(key, operation, gateway.name(), orderRef, sellerRef, amount)) {
            return calls.find(key).orElseThrow().result();
        }
        // orders-lean: the row is the one just started (PENDING) or the ERRORED one read above: no read before recording
        return ask(existing.orElseGet(() -> ProviderCall.pending(key, operation, gateway.name(), orderRef, sellerRef, amount)),
                provider, onSuccess);
    }

    /** Asks the provider for a started call, records the answer and books a success. */
    private PaymentResult ask(ProviderCall started, Supplier<Result> provider, Function<ProviderCall, String> onSuccess) {
        String key = started.idempotencyKey();
        ProviderCall recorded = calls.record(started, ask(provider));
        if (recorded.state() == PaymentState.SUCCEEDED) {
            // perf (issue 6): the booking returns its ledger entry, so the call is not read back a third time
            return recorded.booked(onSuccess.apply(recorded)).result();
        }
        return calls.find(key).orElseThrow().result();
    }

    /** Checked before the provider is asked, so the ledger never refuses what the provider already did. */
    private void requireAuthorised(String orderRef, Money amount) {
        if (amount.isGreaterThan(ledger.authorisedPending(orderRef, amount.currency()))) {
            throw InvalidInputException.of("amount", "payments.not-authorised",
                    "The order has no open authorisation for " + amount);
        }
    }

    private static Result ask(Supplier<Result> provider) {
        try {
            return provider.get();
        } catch (RuntimeException e) {
            return Result.errored("provider_unreachable");
        }
    }

    private Optional<String> destination(String sellerRef) {
        Optional<String> linked = payees.accountOf(sellerRef);
        return linked.isPresent() || !"sandbox".equals(gateway.name()) ? linked : Optional.of("sandbox:" + sellerRef);
    }

    private ProviderCall succeeded(String orderRef, PaymentOperation operation) {
        return calls.latestSucceeded(orderRef, operation).orElseThrow(() -> InvalidInputException.of("orderRef",
                "payments.no-" + operation.name().toLowerCase(), "The order has no successful " + operation.name().toLowerCase()));
    }

    private static String ref(ProviderCall call) {
        return java.util.Objects.requireNonNull(call.providerRef(), "provider reference");
    }
}
