package dev.agora.ledger.internal;

import static dev.agora.ledger.AccountType.PAYOUTS_IN_TRANSIT;
import static dev.agora.ledger.AccountType.SELLER_AVAILABLE;
import static dev.agora.ledger.AccountType.SELLER_RESERVE;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement.ReferenceTotal;
import dev.agora.ledger.OrderEscrow;
import dev.agora.ledger.SellerBalance;
import dev.agora.ledger.StatementLine;
import dev.agora.ledger.TrialBalance;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Balances and reports, all summed from the journal with SQL (indexed by account and by currency). */
@Component
@Transactional(readOnly = true)
class LedgerReports {

    private final JdbcClient jdbc;
    private final JournalReader reader;
    private final Holds holds;

    LedgerReports(JdbcClient jdbc, JournalReader reader, Holds holds) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.holds = holds;
    }

    Money balance(LedgerAccount account) {
        return new Money(account.type().normalBalance(reader.debitMinusCredit(account.key())), account.currency());
    }

    OrderEscrow escrowOf(String orderRef, Currency currency) {
        String key = LedgerAccount.escrow(orderRef, currency).key();
        Map<EntryCode, Long> byCode = reader.escrowByCode(key);
        long total = byCode.values().stream().mapToLong(Long::longValue).sum();
        return new OrderEscrow(orderRef,
                new Money(-reader.openPending(key), currency),
                new Money(-byCode.getOrDefault(EntryCode.CAPTURE, 0L), currency),
                new Money(byCode.getOrDefault(EntryCode.REFUND, 0L), currency),
                new Money(byCode.getOrDefault(EntryCode.RELEASE, 0L), currency),
                // trust: buyer protection funding counts as an adjustment
                new Money(-byCode.getOrDefault(EntryCode.REVERSAL, 0L) - byCode.getOrDefault(EntryCode.PROTECTION_FUNDING, 0L), currency),
                new Money(-total, currency),
                holds.activeHold(orderRef));
    }

    Money authorisedPending(String orderRef, Currency currency) {
        return new Money(-reader.openPending(LedgerAccount.escrow(orderRef, currency).key()), currency);
    }

    SellerBalance sellerBalance(String sellerRef, Currency currency) {
        // driven from the seller's captures (indexed by party), then the escrow accounts by key: no scan of all escrows
        List<String> escrows = jdbc.sql("SELECT DISTINCT reference FROM ledger_entry WHERE party = ? AND code = 'CAPTURE'")
                .param(sellerRef).query(String.class).list().stream()
                .map(order -> LedgerAccount.escrow(order, currency).key()).toList();
        long pending = escrows.isEmpty() ? 0 : jdbc.sql(
                        "SELECT COALESCE(SUM(-amount_minor), 0) FROM ledger_posting WHERE account_id IN (:keys) AND pending = FALSE")
                .param("keys", escrows).query(Long.class).single();
        long paidOut = jdbc.sql("""
                SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_posting
                WHERE account_id = ? AND pending = FALSE AND code = 'PAYOUT_SETTLEMENT'""")
                .param(LedgerAccount.seller(PAYOUTS_IN_TRANSIT, sellerRef, currency).key()).query(Long.class).single();
        return new SellerBalance(sellerRef, new Money(pending, currency),
                balance(LedgerAccount.seller(SELLER_AVAILABLE, sellerRef, currency)),
                balance(LedgerAccount.seller(SELLER_RESERVE, sellerRef, currency)),
                balance(LedgerAccount.seller(PAYOUTS_IN_TRANSIT, sellerRef, currency)),
                new Money(paidOut, currency),
                balance(LedgerAccount.seller(AccountType.SELLER_DEBT, sellerRef, currency))); // issue 6
    }

    List<StatementLine> statement(String sellerRef, Currency currency) {
        return jdbc.sql("""
                SELECT e.id, e.created_at, e.code, e.reference, e.memo, p.account_type, p.amount_minor
                FROM ledger_posting p JOIN ledger_entry e ON e.id = p.entry_id
                WHERE p.owner = ? AND p.currency = ? AND p.pending = FALSE
                  AND p.account_type IN ('SELLER_AVAILABLE', 'SELLER_RESERVE', 'PAYOUTS_IN_TRANSIT', 'SELLER_DEBT')
                ORDER BY e.created_at, e.id, p.line""")
                .params(sellerRef, currency.getCurrencyCode())
                .query((rs, row) -> {
                    AccountType type = AccountType.valueOf(rs.getString("account_type"));
                    return new StatementLine(rs.getString("id"), JournalReader.instant(rs, "created_at"),
                            EntryCode.valueOf(rs.getString("code")), rs.getString("reference"), type,
                            new Money(type.normalBalance(rs.getLong("amount_minor")), currency), rs.getString("memo"));
                })
                .list();
    }

    TrialBalance trialBalance(Currency currency) {
        List<TrialBalance.Row> rows = jdbc.sql("""
                SELECT account_type, COUNT(DISTINCT account_id), SUM(amount_minor) FROM ledger_posting
                WHERE currency = ? AND pending = FALSE GROUP BY account_type ORDER BY account_type""")
                .param(currency.getCurrencyCode())
                .query((rs, row) -> {
                    AccountType type = AccountType.valueOf(rs.getString(1));
                    return new TrialBalance.Row(type, rs.getLong(2), rs.getLong(3), type.normalBalance(rs.getLong(3)));
                })
                .list();
        return new TrialBalance(currency, rows, rows.stream().mapToLong(TrialBalance.Row::debitMinusCredit).sum());
    }

    List<Currency> currencies() {
        return jdbc.sql("SELECT DISTINCT currency FROM ledger_posting ORDER BY currency")
                .query(String.class).list().stream().map(Money::currency).toList();
    }

    /** Per reference and currency, the volume (sum of debit legs) of posted entries of one code. */
    List<ReferenceTotal> totals(EntryCode code, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT e.reference, p.currency, SUM(p.amount_minor) FROM ledger_posting p
                JOIN ledger_entry e ON e.id = p.entry_id
                WHERE e.code = ? AND e.pending = FALSE AND p.amount_minor > 0 AND e.created_at >= ? AND e.created_at < ?
                GROUP BY e.reference, p.currency ORDER BY e.reference""")
                .params(code.name(), from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> new ReferenceTotal(rs.getString(1), Money.ofMinor(rs.getLong(3), rs.getString(2))))
                .list();
    }
}
