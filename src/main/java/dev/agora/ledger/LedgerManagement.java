package dev.agora.ledger;

import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's API. Every command carries an id the caller makes (and keeps for retries): replaying a command
 * with the same id and content returns the original entry and changes nothing; the same id with other content
 * is rejected. Business-rule failures throw {@code InvalidInputException} and move nothing.
 */
public interface LedgerManagement {

    /** A pending entry provider clearing → escrow for an authorised card payment (two-phase, step one). */
    JournalEntry authorise(Authorise command);

    /** Provider clearing → escrow; posts the given authorisation (at most its amount) when one is named. */
    JournalEntry capture(Capture command);

    /** Cancels a pending authorisation; voiding it again is a no-op, voiding a captured one is refused. */
    void voidAuthorisation(String authorisationEntryId);

    /** The whole escrow of an order → seller available, commission and buyer fee → revenue. Refused under a hold. */
    JournalEntry release(Release command);

    /** Escrow → provider clearing (back to the buyer's card); never more than the escrow still holds. */
    JournalEntry refund(Refund command);

    Hold placeHold(PlaceHold command);

    // --- trust ---
    /**
     * Buyer protection → escrow: the platform funds part of a refund it grants beyond what the order's escrow
     * holds (a chargeback after release, a goodwill refund); the refund itself then leaves the escrow as usual.
     */
    JournalEntry fundFromProtection(FundFromProtection command);

    /** The holds of one order, oldest first (active and lifted). */
    List<Hold> holdsOf(String orderRef);

    record FundFromProtection(String entryId, String orderRef, Money amount, String memo) {}
    // --- end trust ---

    // --- issue 6: refunds after release ---
    /**
     * A refund of an order whose escrow was already released: provider clearing pays the buyer; it is taken as the
     * release gave it out, the seller's share first, then the commission, then the buyer fee (as before release).
     * The seller's share comes from their available money; what that lacks buyer protection fronts and the seller
     * owes ({@code SELLER_DEBT}, netted before their next payout). Never more than was released minus refunded
     * since; replaying the id returns the first entry.
     */
    JournalEntry refundAfterRelease(RefundAfterRelease command);

    /** What a refund after release may still take for the order (zero before its release). */
    Money refundableAfterRelease(String orderRef, Currency currency);

    record RefundAfterRelease(String entryId, String orderRef, String sellerRef, Money amount, String memo) {}
    // --- end issue 6 ---

    // --- orders-gaps: debt write-off ---
    /**
     * Writes off (part of) a seller's debt that cannot be recovered: {@code SELLER_DEBT} → {@code DEBT_WRITE_OFFS}
     * (platform loss), one balanced entry (code {@code DEBT_WRITE_OFF}, reference the seller). Never more than the
     * debt; replaying the id returns the first entry. A mistaken write-off is undone by {@link #reverse}, never
     * changed.
     */
    JournalEntry writeOffDebt(WriteOffDebt command);

    /** Sellers with a debt in one currency, largest first (the finance console). */
    List<SellerDebt> sellerDebts(Currency currency);

    /** Write-offs and their reversals, newest first (the finance console). */
    List<JournalEntry> recentWriteOffs(int limit);

    record WriteOffDebt(String entryId, String sellerRef, Money amount, String memo) {}

    record SellerDebt(String sellerRef, Money debt) {}
    // --- end orders-gaps ---

    /** Lifts a hold; lifting it again is a no-op. */
    void releaseHold(String holdId);

    /** Seller available → seller reserve, or back with {@code toReserve=false}. */
    JournalEntry moveReserve(MoveReserve command);

    /** Seller available → payouts in transit; never more than available (after netting the seller's debt). */
    JournalEntry requestPayout(RequestPayout command);

    /** Payouts in transit → provider clearing, once the provider confirms. */
    JournalEntry settlePayout(String entryId, String payoutEntryId);

    /** Payouts in transit → seller available again, when the provider reports a failure. */
    JournalEntry failPayout(String entryId, String payoutEntryId);

    /** Provider fees → provider clearing, for what the provider kept of a charge. */
    JournalEntry recordProviderFee(ProviderFee command);

    /** The opposite of an earlier posted entry, linked to it; an entry is reversed at most once. */
    JournalEntry reverse(String entryId, String reversedEntryId, String memo);

    Optional<JournalEntry> entry(String id);

    /** Entries about one order or seller, oldest first (operator order view, statements). */
    List<JournalEntry> entriesAbout(String reference);

    /** Posted balance of one account in its normal direction, summed from the journal. */
    Money balance(LedgerAccount account);

    OrderEscrow escrowOf(String orderRef, Currency currency);

    /**
     * orders-lean: {@link OrderEscrow#authorisedPending()} alone (one query instead of the three of
     * {@link #escrowOf}), for the check before a capture or void.
     */
    Money authorisedPending(String orderRef, Currency currency);

    SellerBalance sellerBalance(String sellerRef, Currency currency);

    List<StatementLine> statement(String sellerRef, Currency currency);

    TrialBalance trialBalance(Currency currency);

    List<Currency> currencies();

    /** Sums of posted entries of one code per reference, created in [from, to): input for reconciliation. */
    List<ReferenceTotal> totals(EntryCode code, Instant from, Instant to);

    record Authorise(String entryId, String orderRef, Money amount) {}

    /** @param sellerRef the seller the order pays, so their balance shows it as pending */
    record Capture(String entryId, String orderRef, String sellerRef, Money amount, @Nullable String authorisationEntryId) {}

    /** @param commission the seller commission and {@code buyerFee} the buyer fee, both as priced for the order */
    record Release(String entryId, String orderRef, String sellerRef, Money commission, Money buyerFee) {}

    record Refund(String entryId, String orderRef, Money amount, String memo) {}

    record PlaceHold(String holdId, String orderRef, String reason) {}

    record MoveReserve(String entryId, String sellerRef, Money amount, boolean toReserve) {}

    record RequestPayout(String entryId, String sellerRef, Money amount) {}

    record ProviderFee(String entryId, String reference, Money amount) {}

    record Hold(String id, String orderRef, String reason, Instant placedAt, @Nullable Instant releasedAt) {

        public boolean active() {
            return releasedAt == null;
        }
    }

    record ReferenceTotal(String reference, Money total) {}
}
