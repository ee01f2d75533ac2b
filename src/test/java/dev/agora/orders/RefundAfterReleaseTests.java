package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.Posting;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.trust.AuditLog;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: refunds of completed orders whose money was released. A 350.00 bike: the seller got 315.00, the
 * platform 35.00 commission plus the buyer fee. The refund takes the seller's share first (from available), then
 * commission, then fee; what the seller's available money lacks buyer protection fronts as the seller's debt, netted
 * before their next payout.
 */
@IntegrationTest
class RefundAfterReleaseTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");
    static final AccountId OPERATOR = new AccountId(new UUID(0, 0));

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired SellerPayouts payouts;
    @Autowired AuditLog audit;

    AccountId seller;
    AccountId buyer;

    @BeforeEach
    void people() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
    }

    OrderView completedSale() {
        var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Released bike " + UUID.randomUUID())).id());
        var order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        return orders.transition(buyer, false, order.id(), "complete");
    }

    Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    Money revenue() {
        return ledger.balance(LedgerAccount.platform(AccountType.REVENUE_SELLER_COMMISSION, EUR))
                .plus(ledger.balance(LedgerAccount.platform(AccountType.REVENUE_BUYER_FEE, EUR)));
    }

    @Test
    void theSellersAvailableMoneyPaysFirstThenCommissionAndFeeComeBackFromRevenue() {
        OrderView order = completedSale();
        Money total = order.quote().buyerTotal();
        Money fee = order.quote().platformFee();
        assertThat(ledger.sellerBalance(seller.toString(), EUR).available()).isEqualTo(eur("315.00"));
        Money revenueBefore = revenue();

        orders.refund(OPERATOR, true, order.id(), eur("20.01"), "scratch not in the photos", "first");
        var afterFirst = ledger.sellerBalance(seller.toString(), EUR);
        assertThat(afterFirst.available()).isEqualTo(eur("294.99"));
        assertThat(afterFirst.debt()).isEqualTo(Money.zero(EUR));
        assertThat(revenue()).isEqualTo(revenueBefore);
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.zero(EUR));

        // the same key again: a replay, nothing moves
        orders.refund(OPERATOR, true, order.id(), eur("20.01"), "scratch not in the photos", "first");
        assertThat(ledger.sellerBalance(seller.toString(), EUR)).isEqualTo(afterFirst);

        Money rest = total.minus(eur("20.01"));
        OrderView refunded = orders.refund(seller, false, order.id(), rest, "taken back", "rest");
        assertThat(refunded.refunded()).isEqualTo(total);
        assertThat(ledger.sellerBalance(seller.toString(), EUR).available()).isEqualTo(Money.zero(EUR));
        assertThat(revenue()).isEqualTo(revenueBefore.minus(eur("35.00")).minus(fee));
        JournalEntry second = ledger.entriesAbout(order.id().toString()).getLast();
        assertThat(second.code()).isEqualTo(EntryCode.REFUND);
        assertThat(second.postings().stream().mapToLong(Posting::amountMinor).sum()).isZero();
        assertThat(second.postings()).contains(Posting.credit(LedgerAccount.platform(AccountType.PROVIDER_CLEARING, EUR), rest),
                Posting.debit(LedgerAccount.seller(AccountType.SELLER_AVAILABLE, seller.toString(), EUR), eur("294.99")),
                Posting.debit(LedgerAccount.platform(AccountType.REVENUE_SELLER_COMMISSION, EUR), eur("35.00")));

        var beyond = ledger.sellerBalance(seller.toString(), EUR);
        assertThatThrownBy(() -> orders.refund(OPERATOR, true, order.id(), eur("0.01"), "one cent more", "beyond"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.sellerBalance(seller.toString(), EUR)).isEqualTo(beyond);
        assertThat(audit.about("order:" + order.id())).extracting(e -> e.action())
                .containsExactly("order.refund-after-release");
    }

    @Test
    void whatTheSellerLacksIsFrontedByBuyerProtectionAndNettedBeforeTheNextPayout() {
        completedSale();
        completedSale();
        OrderView order = completedSale();
        assertThat(payouts.request(seller, null, "drain").state()).isEqualTo("SENT");
        assertThat(ledger.sellerBalance(seller.toString(), EUR).available()).isEqualTo(Money.zero(EUR));
        Money protectionBefore = ledger.balance(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR));

        orders.refund(OPERATOR, true, order.id(), eur("100.00"), "never arrived in one piece", "all-gone");

        var owing = ledger.sellerBalance(seller.toString(), EUR);
        assertThat(owing.available()).isEqualTo(Money.zero(EUR));
        assertThat(owing.debt()).isEqualTo(eur("100.00"));
        assertThat(owing.payable()).isEqualTo(Money.zero(EUR));
        List<JournalEntry> entries = ledger.entriesAbout(order.id().toString());
        JournalEntry fronted = entries.get(entries.size() - 2);
        JournalEntry debt = entries.getLast();
        assertThat(fronted.postings()).contains(Posting.debit(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR), eur("100.00")));
        assertThat(debt.code()).isEqualTo(EntryCode.SELLER_DEBT);
        assertThat(debt.postings()).containsExactlyInAnyOrder(
                Posting.debit(LedgerAccount.seller(AccountType.SELLER_DEBT, seller.toString(), EUR), eur("100.00")),
                Posting.credit(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR), eur("100.00")));
        // fronted, then owed back: protection carries nothing while the debt stands
        assertThat(ledger.balance(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR))).isEqualTo(protectionBefore);

        completedSale(); // 315.00 more: 215.00 payable after the debt
        assertThat(ledger.sellerBalance(seller.toString(), EUR).payable()).isEqualTo(eur("215.00"));
        assertThatThrownBy(() -> payouts.request(seller, eur("215.01"), "too-much")).isInstanceOf(InvalidInputException.class);
        var payout = payouts.request(seller, null, "netted");
        assertThat(payout.amount()).isEqualTo(eur("215.00"));
        var after = ledger.sellerBalance(seller.toString(), EUR);
        assertThat(after.debt()).isEqualTo(Money.zero(EUR));
        assertThat(after.available()).isEqualTo(Money.zero(EUR));
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
    }

    @Test
    void theBuyerCannotRefundAndAnOpenOrderStillNeedsLessThanItsEscrow() {
        OrderView order = completedSale();
        assertThatThrownBy(() -> orders.refund(buyer, false, order.id(), eur("1.00"), "mine", "buyer"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> orders.refund(OPERATOR, true, order.id(), eur("1.00"), " ", "no-reason"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.sellerBalance(seller.toString(), EUR).available()).isEqualTo(eur("315.00"));
    }
}
