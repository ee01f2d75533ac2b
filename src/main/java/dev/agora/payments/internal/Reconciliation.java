package dev.agora.payments.internal;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.LedgerManagement;
import dev.agora.payments.PaymentOperation;
import dev.agora.payments.ReconciliationReport;
import dev.agora.payments.ReconciliationReport.Drift;
import dev.agora.payments.ReconciliationReport.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares, per order (captures, refunds) and per seller (settled payouts), what the ledger booked with what
 * the provider confirmed (succeeded calls in payments_call). Differences are drift.
 */
@Component
@Transactional(readOnly = true)
class Reconciliation {

    private final LedgerManagement ledger;
    private final ProviderCalls calls;

    Reconciliation(LedgerManagement ledger, ProviderCalls calls) {
        this.ledger = ledger;
        this.calls = calls;
    }

    ReconciliationReport reconcile(Instant from, Instant to) {
        List<Drift> drifts = new ArrayList<>();
        int compared = compare(Kind.CAPTURE, EntryCode.CAPTURE, PaymentOperation.CAPTURE, from, to, drifts)
                + compare(Kind.REFUND, EntryCode.REFUND, PaymentOperation.REFUND, from, to, drifts)
                + compare(Kind.PAYOUT, EntryCode.PAYOUT_SETTLEMENT, PaymentOperation.PAYOUT, from, to, drifts);
        return new ReconciliationReport(from, to, compared, drifts);
    }

    private int compare(Kind kind, EntryCode code, PaymentOperation operation, Instant from, Instant to, List<Drift> drifts) {
        Map<String, Money> booked = new TreeMap<>();
        ledger.totals(code, from, to).forEach(t -> booked.merge(key(t.reference(), t.total()), t.total(), Money::plus));
        Map<String, Money> confirmed = new TreeMap<>();
        calls.succeeded(operation, from, to).forEach(call -> {
            String reference = Objects.requireNonNull(operation == PaymentOperation.PAYOUT ? call.sellerRef() : call.orderRef());
            confirmed.merge(key(reference, call.amount()), call.amount(), Money::plus);
        });
        var keys = new TreeSet<>(booked.keySet());
        keys.addAll(confirmed.keySet());
        for (String key : keys) {
            String currency = key.substring(key.lastIndexOf(':') + 1);
            Money zero = Money.ofMinor(0, currency);
            Money inLedger = booked.getOrDefault(key, zero);
            Money atProvider = confirmed.getOrDefault(key, zero);
            if (!inLedger.equals(atProvider)) {
                drifts.add(new Drift(kind, key.substring(0, key.lastIndexOf(':')), inLedger, atProvider));
            }
        }
        return keys.size();
    }

    private static String key(String reference, Money amount) {
        return reference + ":" + amount.currencyCode();
    }
}
