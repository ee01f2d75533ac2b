package dev.agora.ledger.internal;

import static dev.agora.ledger.AccountType.PAYOUTS_IN_TRANSIT;
import static dev.agora.ledger.AccountType.PROVIDER_CLEARING;
import static dev.agora.ledger.AccountType.PROVIDER_FEES;
import static dev.agora.ledger.AccountType.REVENUE_BUYER_FEE;
import static dev.agora.ledger.AccountType.REVENUE_SELLER_COMMISSION;
import static dev.agora.ledger.AccountType.SELLER_AVAILABLE;
import static dev.agora.ledger.AccountType.SELLER_RESERVE;
import static dev.agora.ledger.LedgerAccount.escrow;
import static dev.agora.ledger.LedgerAccount.platform;
import static dev.agora.ledger.LedgerAccount.seller;
import static dev.agora.ledger.Posting.credit;
import static dev.agora.ledger.Posting.debit;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.Posting;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The money flows of docs/ledger.md, each one balanced entry written through {@link Journal}. */
@Component
@Transactional
class LedgerFlows {

    private final Journal journal;
    private final JournalReader reader;
    private final Holds holds;
    private final RefundsAfterRelease releasedRefunds; // issue 6: debts netted before payouts

    LedgerFlows(Journal journal, JournalReader reader, Holds holds, RefundsAfterRelease releasedRefunds) {
        this.releasedRefunds = releasedRefunds;
        this.journal = journal;
        this.reader = reader;
        this.holds = holds;
    }

    JournalEntry authorise(String entryId, String orderRef, Money amount) {
        requirePositive(amount);
        var draft = new EntryDraft(entryId, EntryCode.AUTHORISATION, orderRef, null, true,
                List.of(debit(clearing(amount), amount), credit(escrow(orderRef, amount.currency()), amount)),
                null, null, "card authorised");
        return journal.write(draft, null, List.of(), () -> {});
    }

    JournalEntry capture(String entryId, String orderRef, String sellerRef, Money amount, String authorisationId) {
        requirePositive(amount);
        LedgerAccount escrow = escrow(orderRef, amount.currency());
        var draft = new EntryDraft(entryId, EntryCode.CAPTURE, orderRef, sellerRef, false,
                List.of(debit(clearing(amount), amount), credit(escrow, amount)),
                null, authorisationId, "payment captured");
        return journal.write(draft, authorisationId == null ? null : Resolution.POSTED, List.of(escrow.key()), () -> {
            if (authorisationId != null) {
                var authorisation = openAuthorisation(authorisationId, orderRef);
                long authorised = -authorisation.postings().stream()
                        .filter(p -> p.account().equals(escrow)).mapToLong(Posting::amountMinor).sum();
                if (amount.minorUnits() > authorised) {
                    throw InvalidInputException.of("amount", "ledger.capture-above-authorised",
                            "Cannot capture more than the " + authorised + " authorised");
                }
            }
        });
    }

    void voidAuthorisation(String authorisationId) {
        var authorisation = reader.entry(authorisationId).orElseThrow(() -> unknown(authorisationId));
        journal.lock(escrowOf(authorisation).key(), escrowOf(authorisation));
        var resolution = reader.resolutionOf(authorisationId);
        if (resolution.isPresent()) {
            if (resolution.get() == Resolution.VOIDED) {
                return;
            }
            throw InvalidInputException.of("entryId", "ledger.already-resolved", "The authorisation was captured");
        }
        openAuthorisation(authorisationId, authorisation.reference());
        journal.resolve(authorisationId, Resolution.VOIDED, null);
    }

    JournalEntry release(String entryId, String orderRef, String sellerRef, Money commission, Money buyerFee) {
        LedgerAccount escrow = escrow(orderRef, commission.currency());
        journal.lock(escrow.key(), escrow);
        // a replay releases what it released then, not what is left now
        long escrowDebit = reader.entry(entryId)
                .map(e -> e.postings().stream().filter(p -> p.account().equals(escrow)).mapToLong(Posting::amountMinor).sum())
                .orElseGet(() -> -reader.debitMinusCredit(escrow.key()));
        Money balance = new Money(escrowDebit, escrow.currency());
        if (commission.minorUnits() < 0 || buyerFee.minorUnits() < 0) {
            throw InvalidInputException.of("commission", "ledger.negative-fee", "Fees cannot be negative");
        }
        Money toSeller = balance.minus(commission).minus(buyerFee);
        if (!balance.isPositive() || toSeller.minorUnits() < 0) {
            throw InvalidInputException.of("amount", "ledger.nothing-to-release",
                    "The escrow holds " + balance + ", not enough to release with fees of " + commission.plus(buyerFee));
        }
        var draft = new EntryDraft(entryId, EntryCode.RELEASE, orderRef, sellerRef, false, List.of(
                debit(escrow, balance),
                credit(seller(SELLER_AVAILABLE, sellerRef, balance.currency()), toSeller),
                credit(platform(REVENUE_SELLER_COMMISSION, balance.currency()), commission),
                credit(platform(REVENUE_BUYER_FEE, balance.currency()), buyerFee)),
                null, null, "released to seller");
        return journal.write(draft, null, List.of(Holds.lockKey(orderRef)), () -> {
            if (holds.activeHold(orderRef)) {
                throw InvalidInputException.of("orderRef", "ledger.held", "The order's escrow is on hold");
            }
        });
    }

    JournalEntry refund(String entryId, String orderRef, Money amount, String memo) {
        requirePositive(amount);
        var draft = new EntryDraft(entryId, EntryCode.REFUND, orderRef, null, false,
                List.of(debit(escrow(orderRef, amount.currency()), amount), credit(clearing(amount), amount)),
                null, null, memo);
        return journal.write(draft, null, List.of(), () -> {});
    }

    // --- trust ---
    JournalEntry fundFromProtection(String entryId, String orderRef, Money amount, String memo) {
        requirePositive(amount);
        var draft = new EntryDraft(entryId, EntryCode.PROTECTION_FUNDING, orderRef, null, false,
                List.of(debit(platform(AccountType.BUYER_PROTECTION, amount.currency()), amount),
                        credit(escrow(orderRef, amount.currency()), amount)),
                null, null, memo);
        return journal.write(draft, null, List.of(), () -> {});
    }
    // --- end trust ---

    JournalEntry moveReserve(String entryId, String sellerRef, Money amount, boolean toReserve) {
        requirePositive(amount);
        var available = seller(SELLER_AVAILABLE, sellerRef, amount.currency());
        var reserve = seller(SELLER_RESERVE, sellerRef, amount.currency());
        var draft = new EntryDraft(entryId, toReserve ? EntryCode.RESERVE : EntryCode.RESERVE_RELEASE, sellerRef,
                sellerRef, false, toReserve
                        ? List.of(debit(available, amount), credit(reserve, amount))
                        : List.of(debit(reserve, amount), credit(available, amount)),
                null, null, toReserve ? "moved to reserve" : "released from reserve");
        return journal.write(draft, null, List.of(), () -> {});
    }

    JournalEntry requestPayout(String entryId, String sellerRef, Money amount) {
        requirePositive(amount);
        releasedRefunds.recoverBeforePayout(entryId, sellerRef, amount.currency()); // issue 6
        var draft = new EntryDraft(entryId, EntryCode.PAYOUT, sellerRef, sellerRef, false, List.of(
                debit(seller(SELLER_AVAILABLE, sellerRef, amount.currency()), amount),
                credit(seller(PAYOUTS_IN_TRANSIT, sellerRef, amount.currency()), amount)),
                null, null, "payout requested");
        return journal.write(draft, null, List.of(), () -> {});
    }

    JournalEntry finishPayout(String entryId, String payoutEntryId, boolean settled) {
        var payout = reader.entry(payoutEntryId)
                .filter(e -> e.code() == EntryCode.PAYOUT)
                .orElseThrow(() -> unknown(payoutEntryId));
        Posting transit = payout.postings().stream()
                .filter(p -> p.account().type() == PAYOUTS_IN_TRANSIT).findFirst().orElseThrow();
        Money amount = transit.normalAmount();
        LedgerAccount target = settled ? clearing(amount) : seller(SELLER_AVAILABLE, payout.reference(), amount.currency());
        var draft = new EntryDraft(entryId, settled ? EntryCode.PAYOUT_SETTLEMENT : EntryCode.PAYOUT_FAILURE,
                payout.reference(), payout.reference(), false,
                List.of(debit(transit.account(), amount), credit(target, amount)), null, payoutEntryId,
                settled ? "payout settled" : "payout failed");
        return journal.write(draft, settled ? Resolution.SETTLED : Resolution.FAILED, List.of(), () -> {
            if (reader.resolutionOf(payoutEntryId).isPresent()) {
                throw InvalidInputException.of("entryId", "ledger.already-resolved", "The payout was already resolved");
            }
        });
    }

    JournalEntry recordProviderFee(String entryId, String reference, Money amount) {
        requirePositive(amount);
        var draft = new EntryDraft(entryId, EntryCode.PROVIDER_FEE, reference, null, false,
                List.of(debit(platform(PROVIDER_FEES, amount.currency()), amount), credit(clearing(amount), amount)),
                null, null, "provider fee");
        return journal.write(draft, null, List.of(), () -> {});
    }

    JournalEntry reverse(String entryId, String reversedId, String memo) {
        var original = reader.entry(reversedId).orElseThrow(() -> unknown(reversedId));
        if (original.pending() || original.code() == EntryCode.REVERSAL) {
            throw InvalidInputException.of("entryId", "ledger.not-reversible",
                    "Pending entries are voided and reversals are not reversed");
        }
        var draft = new EntryDraft(entryId, EntryCode.REVERSAL, original.reference(), null, false,
                original.postings().stream().map(Posting::negated).toList(), reversedId, null, memo);
        return journal.write(draft, null, List.of(), () -> {});
    }

    private JournalEntry openAuthorisation(String authorisationId, String orderRef) {
        var authorisation = reader.entry(authorisationId)
                .filter(e -> e.pending() && e.code() == EntryCode.AUTHORISATION && e.reference().equals(orderRef))
                .orElseThrow(() -> unknown(authorisationId));
        if (reader.resolutionOf(authorisationId).isPresent()) {
            throw InvalidInputException.of("authorisationEntryId", "ledger.already-resolved",
                    "The authorisation was already captured or voided");
        }
        return authorisation;
    }

    private static LedgerAccount escrowOf(JournalEntry authorisation) {
        return authorisation.postings().stream().map(Posting::account)
                .filter(a -> a.type() == AccountType.ESCROW).findFirst().orElseThrow();
    }

    private static LedgerAccount clearing(Money amount) {
        return platform(PROVIDER_CLEARING, amount.currency());
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw InvalidInputException.of("amount", "ledger.amount-not-positive", "The amount must be above zero");
        }
    }

    private static InvalidInputException unknown(String entryId) {
        return InvalidInputException.of("entryId", "ledger.unknown-entry", "No such open entry: " + entryId);
    }
}
