package dev.agora.ledger.internal;

import static dev.agora.ledger.AccountType.BUYER_PROTECTION;
import static dev.agora.ledger.AccountType.PROVIDER_CLEARING;
import static dev.agora.ledger.AccountType.REVENUE_BUYER_FEE;
import static dev.agora.ledger.AccountType.REVENUE_SELLER_COMMISSION;
import static dev.agora.ledger.AccountType.SELLER_AVAILABLE;
import static dev.agora.ledger.AccountType.SELLER_DEBT;
import static dev.agora.ledger.LedgerAccount.platform;
import static dev.agora.ledger.LedgerAccount.seller;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.Posting;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds of orders whose escrow was released, and the seller debt they may leave (issue 6). The refund takes back
 * what the release gave out in the order the pre-release rule uses (seller's share, then commission, then buyer
 * fee), so revenue stays "fees charged − fees refunded". The seller's share comes from their available money;
 * buyer protection fronts the rest, which becomes the seller's debt in a second entry and is netted before their
 * next payout ({@link #recoverBeforePayout}).
 */
@Component
@Transactional
class RefundsAfterRelease {

    private final Journal journal;
    private final JournalReader reader;

    RefundsAfterRelease(Journal journal, JournalReader reader) {
        this.journal = journal;
        this.reader = reader;
    }

    JournalEntry refund(String entryId, String orderRef, String sellerRef, Money amount, String memo) {
        if (!amount.isPositive()) {
            throw InvalidInputException.of("amount", "ledger.amount-not-positive", "The amount must be above zero");
        }
        Currency currency = amount.currency();
        LedgerAccount available = seller(SELLER_AVAILABLE, sellerRef, currency);
        // in key order, as Journal locks: the order's escrow row serialises refunds of one order
        var locks = new TreeMap<String, LedgerAccount>();
        LedgerAccount escrow = LedgerAccount.escrow(orderRef, currency);
        for (LedgerAccount account : List.of(escrow, platform(REVENUE_BUYER_FEE, currency),
                platform(REVENUE_SELLER_COMMISSION, currency), available)) {
            locks.put(account.key(), account);
        }
        locks.forEach(journal::lock);
        Optional<JournalEntry> replay = reader.entry(entryId);
        if (replay.isPresent()) {
            // a replay refunds what it refunded then, however the seller's balance moved since
            if (replay.get().code() != EntryCode.REFUND || !replay.get().reference().equals(orderRef)
                    || clearingCredit(replay.get()) != amount.minorUnits()) {
                throw InvalidInputException.of("entryId", "ledger.id-reused", "Entry id " + entryId + " was already used for another entry");
            }
            return replay.get();
        }
        Released released = released(orderRef, currency);
        if (released.total() == 0) {
            throw InvalidInputException.of("amount", "ledger.not-released", "The order's money was not released; refund from its escrow");
        }
        if (amount.minorUnits() > released.total() - released.refunded()) {
            throw InvalidInputException.of("amount", "ledger.refund-above-released",
                    "At most " + new Money(released.total() - released.refunded(), currency) + " can still be refunded");
        }
        long before = released.refunded();
        long after = before + amount.minorUnits();
        long fromSeller = taken(after, 0, released.seller()) - taken(before, 0, released.seller());
        long commission = taken(after, released.seller(), released.commission()) - taken(before, released.seller(), released.commission());
        long fee = amount.minorUnits() - fromSeller - commission;
        long fromAvailable = Math.min(fromSeller, Math.max(0, -reader.debitMinusCredit(available.key())));
        long fronted = fromSeller - fromAvailable;
        var draft = new EntryDraft(entryId, EntryCode.REFUND, orderRef, sellerRef, false, List.of(
                Posting.debit(available, new Money(fromAvailable, currency)),
                Posting.debit(platform(REVENUE_SELLER_COMMISSION, currency), new Money(commission, currency)),
                Posting.debit(platform(REVENUE_BUYER_FEE, currency), new Money(fee, currency)),
                Posting.debit(platform(BUYER_PROTECTION, currency), new Money(fronted, currency)),
                Posting.credit(platform(PROVIDER_CLEARING, currency), amount)),
                null, null, memo);
        JournalEntry entry = journal.write(draft, null, List.of(), () -> {});
        if (fronted > 0) {
            Money debt = new Money(fronted, currency);
            journal.write(new EntryDraft(entryId + ":debt", EntryCode.SELLER_DEBT, orderRef, sellerRef, false, List.of(
                    Posting.debit(seller(SELLER_DEBT, sellerRef, currency), debt),
                    Posting.credit(platform(BUYER_PROTECTION, currency), debt)),
                    null, null, "seller owes what buyer protection fronted"), null, List.of(), () -> {});
        }
        return entry;
    }

    @Transactional(readOnly = true)
    Money refundable(String orderRef, Currency currency) {
        Released released = released(orderRef, currency);
        return new Money(released.total() - released.refunded(), currency);
    }

    /**
     * Nets the seller's debt from their available money before a payout (entry {@code {payoutId}:debt-recovery});
     * does nothing without a debt or on a replayed payout. Runs in the payout's transaction.
     */
    void recoverBeforePayout(String payoutEntryId, String sellerRef, Currency currency) {
        LedgerAccount debtAccount = seller(SELLER_DEBT, sellerRef, currency);
        if (reader.debitMinusCredit(debtAccount.key()) <= 0 || reader.entry(payoutEntryId).isPresent()) {
            return; // the usual case costs one indexed sum
        }
        LedgerAccount available = seller(SELLER_AVAILABLE, sellerRef, currency);
        journal.lock(available.key(), available);
        journal.lock(debtAccount.key(), debtAccount);
        long debt = reader.debitMinusCredit(debtAccount.key());
        long recover = Math.min(debt, -reader.debitMinusCredit(available.key()));
        if (recover > 0) {
            Money amount = new Money(recover, currency);
            journal.write(new EntryDraft(payoutEntryId + ":debt-recovery", EntryCode.DEBT_RECOVERY, sellerRef, sellerRef,
                    false, List.of(Posting.debit(available, amount), Posting.credit(debtAccount, amount)),
                    null, null, "debt netted before payout"), null, List.of(), () -> {});
        }
    }

    /** How much of [from, from + size) the first {@code refunded} minor units cover. */
    private static long taken(long refunded, long from, long size) {
        return Math.clamp(refunded - from, 0, size);
    }

    /** What the order's releases gave out (seller, commission, buyer fee) and what refunds after them took back. */
    private Released released(String orderRef, Currency currency) {
        long seller = 0;
        long commission = 0;
        long fee = 0;
        long refunded = 0;
        for (JournalEntry e : reader.entriesAbout(orderRef)) {
            if (e.code() == EntryCode.RELEASE) {
                for (Posting p : e.postings()) {
                    if (!p.account().currency().equals(currency)) {
                        continue;
                    }
                    AccountType type = p.account().type();
                    long grown = type.normalBalance(p.amountMinor());
                    if (type == SELLER_AVAILABLE) {
                        seller += grown;
                    } else if (type == REVENUE_SELLER_COMMISSION) {
                        commission += grown;
                    } else if (type == REVENUE_BUYER_FEE) {
                        fee += grown;
                    }
                }
            } else if (e.code() == EntryCode.REFUND && e.postings().stream().noneMatch(p -> p.account().type() == AccountType.ESCROW)) {
                refunded += clearingCredit(e);
            }
        }
        return new Released(seller, commission, fee, refunded);
    }

    private static long clearingCredit(JournalEntry entry) {
        return -entry.postings().stream().filter(p -> p.account().type() == PROVIDER_CLEARING)
                .mapToLong(Posting::amountMinor).sum();
    }

    private record Released(long seller, long commission, long fee, long refunded) {
        long total() {
            return seller + commission + fee;
        }
    }
}
