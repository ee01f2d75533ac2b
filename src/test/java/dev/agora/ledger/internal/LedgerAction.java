package dev.agora.ledger.internal;

/** One step of a random ledger sequence; orders and sellers are small indexes into the run's ids. */
sealed interface LedgerAction {

    record Capture(int order, long cents) implements LedgerAction {}

    record Authorise(int order, long cents) implements LedgerAction {}

    /** Captures part of the order's open authorisation ({@code cents} capped at what is authorised). */
    record CaptureAuthorised(int order, long cents) implements LedgerAction {}

    record VoidAuthorised(int order) implements LedgerAction {}

    record Release(int order, int commissionBasisPoints, long buyerFeeCents) implements LedgerAction {}

    record Refund(int order, long cents) implements LedgerAction {}

    record PlaceHold(int order) implements LedgerAction {}

    record LiftHold(int order) implements LedgerAction {}

    record Reserve(int seller, long cents, boolean toReserve) implements LedgerAction {}

    record Payout(int seller, long cents) implements LedgerAction {}

    record FinishPayout(int payout, boolean settled) implements LedgerAction {}

    /** Sends an earlier accepted command again with the same ids. */
    record Replay(int pick) implements LedgerAction {}
}
