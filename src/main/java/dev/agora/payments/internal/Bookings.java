package dev.agora.payments.internal;

import dev.agora.ledger.LedgerManagement;
import dev.agora.payments.PaymentAuthorised;
import dev.agora.payments.PayoutFailed;
import dev.agora.payments.PayoutSent;
import dev.agora.payments.RefundIssued;
import java.time.Clock;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books what the provider confirmed into the ledger and publishes the event, in one transaction. Ledger entry
 * ids derive from the idempotency key, so booking the same call twice (a command replay racing a webhook)
 * is a ledger replay and changes nothing.
 */
@Component
@Transactional
class Bookings {

    private final LedgerManagement ledger;
    private final ProviderCalls calls;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(LedgerManagement ledger, ProviderCalls calls, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.calls = calls;
        this.events = events;
        this.clock = clock;
    }

    /** Books an authorisation; returns the ledger entry (perf, issue 6: the caller need not read the call back). */
    String authorised(ProviderCall call, boolean afterAction) {
        var entry = ledger.authorise(new LedgerManagement.Authorise(call.idempotencyKey(), order(call), call.amount()));
        calls.booked(call.idempotencyKey(), entry.id());
        if (afterAction) {
            events.publishEvent(new PaymentAuthorised(order(call), call.idempotencyKey(), call.amount(), clock.instant()));
        }
        return entry.id();
    }

    String captured(ProviderCall call, String authorisationKey) {
        var entry = ledger.capture(new LedgerManagement.Capture(call.idempotencyKey(), order(call),
                Objects.requireNonNull(call.sellerRef()), call.amount(), authorisationKey));
        calls.booked(call.idempotencyKey(), entry.id());
        return entry.id();
    }

    String voided(ProviderCall call, String authorisationKey) {
        ledger.voidAuthorisation(authorisationKey);
        calls.booked(call.idempotencyKey(), authorisationKey);
        return authorisationKey;
    }

    String refunded(ProviderCall call) {
        if (call.ledgerEntryId() != null) {
            return call.ledgerEntryId();
        }
        // issue 6: a refund call with a seller is a refund after release (seller available, then buyer protection)
        var entry = call.sellerRef() == null
                ? ledger.refund(new LedgerManagement.Refund(call.idempotencyKey(), order(call), call.amount(), "refund"))
                : ledger.refundAfterRelease(new LedgerManagement.RefundAfterRelease(call.idempotencyKey(), order(call),
                        call.sellerRef(), call.amount(), "refund after release"));
        calls.booked(call.idempotencyKey(), entry.id());
        events.publishEvent(new RefundIssued(order(call), call.idempotencyKey(), call.amount(), clock.instant()));
        return entry.id();
    }

    void payoutSettled(ProviderCall call) {
        if (call.ledgerEntryId() != null) {
            return;
        }
        var entry = ledger.settlePayout(call.idempotencyKey() + ":settled", call.idempotencyKey());
        calls.booked(call.idempotencyKey(), entry.id());
        events.publishEvent(new PayoutSent(call.idempotencyKey(), seller(call), call.amount(), clock.instant()));
    }

    void payoutFailed(ProviderCall call, String reason) {
        if (call.ledgerEntryId() != null) {
            return;
        }
        var entry = ledger.failPayout(call.idempotencyKey() + ":failed", call.idempotencyKey());
        calls.booked(call.idempotencyKey(), entry.id());
        events.publishEvent(new PayoutFailed(call.idempotencyKey(), seller(call), call.amount(), reason, clock.instant()));
    }

    private static String order(ProviderCall call) {
        return Objects.requireNonNull(call.orderRef(), "order");
    }

    private static String seller(ProviderCall call) {
        return Objects.requireNonNull(call.sellerRef(), "seller");
    }
}
