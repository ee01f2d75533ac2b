package dev.agora.ledger.internal;

import static dev.agora.ledger.AccountType.DEBT_WRITE_OFFS;
import static dev.agora.ledger.AccountType.SELLER_DEBT;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement.SellerDebt;
import dev.agora.ledger.Posting;
import java.util.Currency;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seller debts that cannot be recovered (orders-gaps): finance writes them off to the platform's loss account in one
 * balanced entry, {@code SELLER_DEBT:seller} credited and {@code DEBT_WRITE_OFFS} debited. The journal's guard keeps
 * the debt from going below zero under the debt account's row lock, so two concurrent write-offs never take more
 * than the debt; a mistaken write-off is reversed ({@code LedgerManagement.reverse}), never updated.
 */
@Component
@Transactional
class DebtWriteOffs {

    private final Journal journal;
    private final JournalReader reader;
    private final JdbcClient jdbc;

    DebtWriteOffs(Journal journal, JournalReader reader, JdbcClient jdbc) {
        this.journal = journal;
        this.reader = reader;
        this.jdbc = jdbc;
    }

    JournalEntry writeOff(String entryId, String sellerRef, Money amount, String memo) {
        if (!amount.isPositive()) {
            throw InvalidInputException.of("amount", "ledger.amount-not-positive", "The amount must be above zero");
        }
        if (memo == null || memo.isBlank()) {
            throw InvalidInputException.of("reason", "ledger.write-off.reason", "Give the reason the debt cannot be recovered");
        }
        Currency currency = amount.currency();
        LedgerAccount debt = LedgerAccount.seller(SELLER_DEBT, sellerRef, currency);
        var draft = new EntryDraft(entryId, EntryCode.DEBT_WRITE_OFF, sellerRef, sellerRef, false, List.of(
                Posting.debit(LedgerAccount.platform(DEBT_WRITE_OFFS, currency), amount),
                Posting.credit(debt, amount)), null, null, memo.strip());
        return journal.write(draft, null, List.of(), () -> {
            long owed = reader.debitMinusCredit(debt.key()); // under the debt's row lock
            if (amount.minorUnits() > owed) {
                throw InvalidInputException.of("amount", "ledger.write-off.above-debt",
                        "The seller owes " + new Money(Math.max(0, owed), currency) + "; write off at most that");
            }
        });
    }

    @Transactional(readOnly = true)
    List<SellerDebt> debts(Currency currency) {
        return jdbc.sql("""
                SELECT owner, SUM(amount_minor) AS owed FROM ledger_posting
                WHERE account_type = 'SELLER_DEBT' AND currency = ? AND pending = FALSE
                GROUP BY owner HAVING SUM(amount_minor) > 0 ORDER BY owed DESC, owner""")
                .param(currency.getCurrencyCode())
                .query((rs, n) -> new SellerDebt(rs.getString(1), new Money(rs.getLong(2), currency))).list();
    }

    @Transactional(readOnly = true)
    List<JournalEntry> recent(int limit) {
        return jdbc.sql("""
                SELECT id FROM ledger_entry WHERE code = 'DEBT_WRITE_OFF'
                   OR (code = 'REVERSAL' AND reverses IN (SELECT id FROM ledger_entry WHERE code = 'DEBT_WRITE_OFF'))
                ORDER BY created_at DESC, id DESC LIMIT ?""")
                .param(Math.clamp(limit, 1, 500)).query(String.class).list().stream()
                .map(id -> reader.entry(id).orElseThrow()).toList();
    }
}
