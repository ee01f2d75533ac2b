package dev.agora.ledger;

import java.util.Currency;
import java.util.Objects;

/** One account: its type, whom it belongs to (an order id, a seller id, or the platform) and its currency. */
public record LedgerAccount(AccountType type, String owner, Currency currency) {

    public static final String PLATFORM = "platform";

    public LedgerAccount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        if (owner == null || owner.isBlank() || owner.length() > 64 || owner.contains(":")) {
            throw new IllegalArgumentException("An account owner is 1 to 64 characters without ':': " + owner);
        }
        if ((type.owner() == AccountType.Owner.PLATFORM) != PLATFORM.equals(owner)) {
            throw new IllegalArgumentException(type + " cannot belong to " + owner);
        }
    }

    public static LedgerAccount platform(AccountType type, Currency currency) {
        return new LedgerAccount(type, PLATFORM, currency);
    }

    public static LedgerAccount escrow(String orderRef, Currency currency) {
        return new LedgerAccount(AccountType.ESCROW, orderRef, currency);
    }

    public static LedgerAccount seller(AccountType type, String sellerRef, Currency currency) {
        return new LedgerAccount(type, sellerRef, currency);
    }

    /** The stable key stored with each posting, e.g. {@code ESCROW:7f3c…:EUR}. */
    public String key() {
        return type.name() + ":" + owner + ":" + currency.getCurrencyCode();
    }
}
