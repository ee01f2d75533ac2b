package dev.agora.ledger.internal;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.OrderEscrow;
import dev.agora.ledger.SellerBalance;
import dev.agora.ledger.StatementLine;
import dev.agora.ledger.TrialBalance;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The ledger facade: commands go to {@link LedgerFlows}, questions to {@link LedgerReports}. */
@Service
class Ledger implements LedgerManagement {

    private final LedgerFlows flows;
    private final LedgerReports reports;
    private final JournalReader reader;
    private final Holds holds;
    private final RefundsAfterRelease releasedRefunds;

    private final DebtWriteOffs writeOffs; // orders-gaps

    Ledger(LedgerFlows flows, LedgerReports reports, JournalReader reader, Holds holds, RefundsAfterRelease releasedRefunds,
            DebtWriteOffs writeOffs) {
        this.writeOffs = writeOffs;
        this.releasedRefunds = releasedRefunds;
        this.flows = flows;
        this.reports = reports;
        this.reader = reader;
        this.holds = holds;
    }

    @Override
    public JournalEntry authorise(Authorise c) {
        return flows.authorise(c.entryId(), c.orderRef(), c.amount());
    }

    @Override
    public JournalEntry capture(Capture c) {
        return flows.capture(c.entryId(), c.orderRef(), c.sellerRef(), c.amount(), c.authorisationEntryId());
    }

    @Override
    public void voidAuthorisation(String authorisationEntryId) {
        flows.voidAuthorisation(authorisationEntryId);
    }

    @Override
    public JournalEntry release(Release c) {
        return flows.release(c.entryId(), c.orderRef(), c.sellerRef(), c.commission(), c.buyerFee());
    }

    @Override
    public JournalEntry refund(Refund c) {
        return flows.refund(c.entryId(), c.orderRef(), c.amount(), c.memo());
    }

    @Override
    public Hold placeHold(PlaceHold c) {
        return holds.place(c.holdId(), c.orderRef(), c.reason());
    }

    // --- issue 6: refunds after release ---
    @Override
    public JournalEntry refundAfterRelease(RefundAfterRelease c) {
        return releasedRefunds.refund(c.entryId(), c.orderRef(), c.sellerRef(), c.amount(), c.memo());
    }

    @Override
    public Money refundableAfterRelease(String orderRef, Currency currency) {
        return releasedRefunds.refundable(orderRef, currency);
    }
    // --- end issue 6 ---

    // --- orders-gaps: debt write-off ---
    @Override
    public JournalEntry writeOffDebt(WriteOffDebt c) {
        return writeOffs.writeOff(c.entryId(), c.sellerRef(), c.amount(), c.memo());
    }

    @Override
    public List<SellerDebt> sellerDebts(Currency currency) {
        return writeOffs.debts(currency);
    }

    @Override
    public List<JournalEntry> recentWriteOffs(int limit) {
        return writeOffs.recent(limit);
    }
    // --- end orders-gaps ---

    @Override
    public void releaseHold(String holdId) {
        holds.release(holdId);
    }

    // --- trust ---
    @Override
    public JournalEntry fundFromProtection(FundFromProtection c) {
        return flows.fundFromProtection(c.entryId(), c.orderRef(), c.amount(), c.memo());
    }

    @Override
    public List<Hold> holdsOf(String orderRef) {
        return holds.holdsOf(orderRef);
    }
    // --- end trust ---

    @Override
    public JournalEntry moveReserve(MoveReserve c) {
        return flows.moveReserve(c.entryId(), c.sellerRef(), c.amount(), c.toReserve());
    }

    @Override
    public JournalEntry requestPayout(RequestPayout c) {
        return flows.requestPayout(c.entryId(), c.sellerRef(), c.amount());
    }

    @Override
    public JournalEntry settlePayout(String entryId, String payoutEntryId) {
        return flows.finishPayout(entryId, payoutEntryId, true);
    }

    @Override
    public JournalEntry failPayout(String entryId, String payoutEntryId) {
        return flows.finishPayout(entryId, payoutEntryId, false);
    }

    @Override
    public JournalEntry recordProviderFee(ProviderFee c) {
        return flows.recordProviderFee(c.entryId(), c.reference(), c.amount());
    }

    @Override
    public JournalEntry reverse(String entryId, String reversedEntryId, String memo) {
        return flows.reverse(entryId, reversedEntryId, memo);
    }

    @Override
    public Optional<JournalEntry> entry(String id) {
        return reader.entry(id);
    }

    @Override
    public List<JournalEntry> entriesAbout(String reference) {
        return reader.entriesAbout(reference);
    }

    @Override
    public Money balance(LedgerAccount account) {
        return reports.balance(account);
    }

    @Override
    public OrderEscrow escrowOf(String orderRef, Currency currency) {
        return reports.escrowOf(orderRef, currency);
    }

    @Override
    public Money authorisedPending(String orderRef, Currency currency) {
        return reports.authorisedPending(orderRef, currency);
    }

    @Override
    public SellerBalance sellerBalance(String sellerRef, Currency currency) {
        return reports.sellerBalance(sellerRef, currency);
    }

    @Override
    public List<StatementLine> statement(String sellerRef, Currency currency) {
        return reports.statement(sellerRef, currency);
    }

    @Override
    public TrialBalance trialBalance(Currency currency) {
        return reports.trialBalance(currency);
    }

    @Override
    public List<Currency> currencies() {
        return reports.currencies();
    }

    @Override
    public List<ReferenceTotal> totals(EntryCode code, Instant from, Instant to) {
        return reports.totals(code, from, to);
    }
}
