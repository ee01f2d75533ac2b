package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.Posting;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.trust.AuditLog;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * orders-gaps: a seller's debt (a refund after their payout) that cannot be recovered is written off by finance to the
 * platform's loss account in one balanced entry, with a reason in the audit log; a mistake is reversed, never edited.
 * The refund after release also took the seller's share back from the transfer made at release (the sandbox's
 * transfer reversal; the Stripe adapter's is tested against WireMock in StripeGatewayTests).
 */
@IntegrationTest
class SellerDebtWriteOffTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");
    static final AccountId OPERATOR = new AccountId(new UUID(0, 0));

    @LocalServerPort int port;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired SellerPayouts payouts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    AccountId seller;
    AccountId buyer;
    OrderView refunded;

    @BeforeEach
    void aSellerOwing100AfterARefundOfAPaidOutSale() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
        completedSale();
        completedSale();
        refunded = completedSale();
        assertThat(payouts.request(seller, null, "drain").state()).isEqualTo("SENT");
        orders.refund(OPERATOR, true, refunded.id(), eur("100.00"), "arrived broken", "broken");
        assertThat(debt()).isEqualTo(eur("100.00"));
    }

    OrderView completedSale() {
        var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Owed bike " + UUID.randomUUID())).id());
        var order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        return orders.transition(buyer, false, order.id(), "complete");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    Money debt() {
        return ledger.sellerBalance(seller.toString(), EUR).debt();
    }

    Money loss() {
        return ledger.balance(LedgerAccount.platform(AccountType.DEBT_WRITE_OFFS, EUR));
    }

    @Test
    void aWriteOffMovesTheDebtToThePlatformsLossAndAReversalBringsItBack() {
        Money lossBefore = loss();
        String id = "write-off-" + UUID.randomUUID();
        var entry = ledger.writeOffDebt(new LedgerManagement.WriteOffDebt(id, seller.toString(), eur("40.00"), "seller unreachable"));

        assertThat(entry.code()).isEqualTo(EntryCode.DEBT_WRITE_OFF);
        assertThat(entry.postings()).containsExactlyInAnyOrder(
                Posting.debit(LedgerAccount.platform(AccountType.DEBT_WRITE_OFFS, EUR), eur("40.00")),
                Posting.credit(LedgerAccount.seller(AccountType.SELLER_DEBT, seller.toString(), EUR), eur("40.00")));
        assertThat(debt()).isEqualTo(eur("60.00"));
        assertThat(loss()).isEqualTo(lossBefore.plus(eur("40.00")));
        assertThat(ledger.sellerDebts(EUR)).contains(new LedgerManagement.SellerDebt(seller.toString(), eur("60.00")));
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();

        // a replay changes nothing; more than the debt, no reason or nothing: refused, nothing moved
        assertThat(ledger.writeOffDebt(new LedgerManagement.WriteOffDebt(id, seller.toString(), eur("40.00"), "seller unreachable")))
                .isEqualTo(entry);
        assertThatThrownBy(() -> ledger.writeOffDebt(new LedgerManagement.WriteOffDebt("w-" + UUID.randomUUID(), seller.toString(),
                eur("60.01"), "too much"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().code()).isEqualTo("ledger.write-off.above-debt"));
        assertThatThrownBy(() -> ledger.writeOffDebt(new LedgerManagement.WriteOffDebt("w-" + UUID.randomUUID(), seller.toString(),
                eur("1.00"), " "))).isInstanceOf(InvalidInputException.class);
        assertThat(debt()).isEqualTo(eur("60.00"));

        ledger.reverse("reversal:" + id, id, "the seller paid after all");
        assertThat(debt()).isEqualTo(eur("100.00"));
        assertThat(loss()).isEqualTo(lossBefore);
        assertThat(ledger.recentWriteOffs(10)).extracting(e -> e.id()).contains(id, "reversal:" + id);
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
    }

    @Test
    void financeWritesOffOnTheConsoleWithAReasonThatGoesToTheAuditLog() {
        var finance = new WebClient(port);
        finance.logIn("finance@agora.test", "agora-demo-2026");
        var page = finance.get("/admin/payouts/debts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(seller.toString()).contains("100.00");
        String csrf = WebClient.encode(WebClient.csrfToken(page.body()));

        var noReason = finance.postForm("/admin/payouts/debts/write-off", "seller=" + seller + "&currency=EUR&amount=&reason=+&key=k1&_csrf=" + csrf);
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(debt()).isEqualTo(eur("100.00"));

        var written = finance.postForm("/admin/payouts/debts/write-off", "seller=" + seller
                + "&currency=EUR&amount=&reason=" + WebClient.encode("insolvent, claim filed") + "&key=k2&_csrf=" + csrf);
        assertThat(written.statusCode()).isEqualTo(302);
        var again = finance.postForm("/admin/payouts/debts/write-off", "seller=" + seller
                + "&currency=EUR&amount=&reason=" + WebClient.encode("insolvent, claim filed") + "&key=k2&_csrf=" + csrf);
        assertThat(again.statusCode()).isEqualTo(302); // a resent form replays the same entry
        assertThat(debt()).isEqualTo(Money.zero(EUR));
        assertThat(audit.about("member:" + seller)).extracting(e -> e.action() + " " + e.reason())
                .containsExactly("ledger.debt-write-off insolvent, claim filed");

        var reversed = finance.postForm("/admin/payouts/debts/reverse", "entryId=" + WebClient.encode("debt-write-off:" + seller + ":k2")
                + "&reason=" + WebClient.encode("written off by mistake") + "&_csrf=" + csrf);
        assertThat(reversed.statusCode()).isEqualTo(302);
        assertThat(debt()).isEqualTo(eur("100.00"));
        assertThat(audit.about("member:" + seller)).extracting(e -> e.action())
                .containsExactly("ledger.debt-write-off", "ledger.debt-write-off-reversal");
    }

    @Test
    void theRefundAfterReleaseReversedTheSellersShareOfTheTransfer() {
        long reversed = jdbc.sql("SELECT COALESCE(SUM(amount_minor), 0) FROM payments_call WHERE order_ref = ? "
                        + "AND operation = 'TRANSFER_REVERSAL' AND state = 'SUCCEEDED'")
                .param(refunded.id().toString()).query(Long.class).single();
        assertThat(reversed).isEqualTo(10_000L); // the 100.00 came from the seller's share: available lacked it, so owed

        // a refund of the rest takes the rest of the seller's share and then the platform's fees: the reversal is
        // capped by what was transferred (315.00)
        Money rest = ledger.refundableAfterRelease(refunded.id().toString(), EUR);
        orders.refund(OPERATOR, true, refunded.id(), rest, "all back", "rest");
        long total = jdbc.sql("SELECT COALESCE(SUM(amount_minor), 0) FROM payments_call WHERE order_ref = ? "
                        + "AND operation = 'TRANSFER_REVERSAL' AND state = 'SUCCEEDED'")
                .param(refunded.id().toString()).query(Long.class).single();
        assertThat(total).isEqualTo(31_500L);
    }
}
