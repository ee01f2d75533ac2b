package dev.agora.ledger;

/**
 * The kinds of ledger account. Debit-normal accounts (assets, expenses) grow with debits; credit-normal ones
 * (what the platform owes, its revenue) grow with credits. Guarded accounts may never go below zero.
 */
public enum AccountType {
    /** Money the payment provider holds for the platform (asset). */
    PROVIDER_CLEARING(Side.DEBIT, Owner.PLATFORM, false),
    /** Money paid for one order and not yet released or refunded (owner: the order). */
    ESCROW(Side.CREDIT, Owner.ORDER, true),
    /** Reserved for money owed to a seller before it is available (owner: the seller). */
    SELLER_PENDING(Side.CREDIT, Owner.SELLER, true),
    /** Released to the seller and ready to be paid out. */
    SELLER_AVAILABLE(Side.CREDIT, Owner.SELLER, true),
    /** Held back from the seller's available money (e.g. a new seller's rolling reserve). */
    SELLER_RESERVE(Side.CREDIT, Owner.SELLER, true),
    REVENUE_SELLER_COMMISSION(Side.CREDIT, Owner.PLATFORM, true),
    REVENUE_BUYER_FEE(Side.CREDIT, Owner.PLATFORM, true),
    /** What the provider charged the platform (expense). */
    PROVIDER_FEES(Side.DEBIT, Owner.PLATFORM, false),
    /** Refunds the platform paid out of its own pocket (expense; goodwill, after release). */
    REFUNDS(Side.DEBIT, Owner.PLATFORM, false),
    /** Payouts sent to the provider and not yet confirmed (owner: the seller). */
    PAYOUTS_IN_TRANSIT(Side.CREDIT, Owner.SELLER, true),
    // --- trust ---
    /** Buyer protection: refunds the platform grants beyond what the order's escrow holds (expense; trust module). */
    BUYER_PROTECTION(Side.DEBIT, Owner.PLATFORM, false),
    // --- end trust ---
    // --- issue 6: refunds after release ---
    /**
     * What a seller owes the platform (asset): the part of a refund after release their available money could not
     * cover, fronted by buyer protection; netted against their next payouts. Never negative.
     */
    SELLER_DEBT(Side.DEBIT, Owner.SELLER, true),
    // --- end issue 6 ---
    // --- orders-gaps: debt write-off ---
    /** Platform loss (expense): seller debts finance wrote off as not recoverable. */
    DEBT_WRITE_OFFS(Side.DEBIT, Owner.PLATFORM, false);
    // --- end orders-gaps ---

    public enum Side { DEBIT, CREDIT }

    public enum Owner { PLATFORM, ORDER, SELLER }

    private final Side normalSide;
    private final Owner owner;
    private final boolean guarded;

    AccountType(Side normalSide, Owner owner, boolean guarded) {
        this.normalSide = normalSide;
        this.owner = owner;
        this.guarded = guarded;
    }

    public Side normalSide() {
        return normalSide;
    }

    public Owner owner() {
        return owner;
    }

    /** True for accounts whose balance in their normal direction may never be negative. */
    public boolean guarded() {
        return guarded;
    }

    /** Converts a debit-positive journal sum into the balance in this account's normal direction. */
    public long normalBalance(long debitMinusCredit) {
        return normalSide == Side.DEBIT ? debitMinusCredit : Math.negateExact(debitMinusCredit);
    }
}
