package dev.agora.ledger;

import java.util.Currency;
import java.util.List;

/**
 * Every account of one currency with its debit-positive sum. Double entry means {@code total} is zero; anything
 * else is a defect. Rows are grouped by account type (owners summed) to keep the report short.
 */
public record TrialBalance(Currency currency, List<Row> rows, long totalMinor) {

    public TrialBalance {
        rows = List.copyOf(rows);
    }

    public boolean balanced() {
        return totalMinor == 0;
    }

    /** @param debitMinusCredit the raw sum; {@code balance} is the same in the type's normal direction */
    public record Row(AccountType type, long accounts, long debitMinusCredit, long balance) {}
}
