package dev.agora.ledger;

import dev.agora.kernel.money.Money;

/** One leg of a journal entry: a signed amount in minor units, debits positive and credits negative. */
public record Posting(LedgerAccount account, long amountMinor) {

    public static Posting debit(LedgerAccount account, Money amount) {
        requireCurrency(account, amount);
        return new Posting(account, amount.minorUnits());
    }

    public static Posting credit(LedgerAccount account, Money amount) {
        requireCurrency(account, amount);
        return new Posting(account, Math.negateExact(amount.minorUnits()));
    }

    public Posting negated() {
        return new Posting(account, Math.negateExact(amountMinor));
    }

    /** The amount in the account's normal direction (positive when the account grows). */
    public Money normalAmount() {
        return new Money(account.type().normalBalance(amountMinor), account.currency());
    }

    private static void requireCurrency(LedgerAccount account, Money amount) {
        if (!account.currency().equals(amount.currency())) {
            throw new IllegalArgumentException(amount + " cannot be posted to " + account.key());
        }
    }
}
