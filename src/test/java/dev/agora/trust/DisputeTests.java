package dev.agora.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.TrustFixtures.Deal;
import dev.agora.trust.internal.disputes.Dispute;
import dev.agora.trust.internal.disputes.DisputeKind;
import dev.agora.trust.internal.disputes.DisputeStatus;
import dev.agora.trust.internal.disputes.DisputeStep;
import dev.agora.trust.internal.disputes.Disputes;
import dev.agora.trust.internal.disputes.Outcome;
import dev.agora.trust.internal.standing.SellerLevels;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DisputeTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired Disputes disputes;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired AuditLog audit;
    @Autowired SellerLevels levels;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Dispute open(Deal deal) {
        return disputes.open(deal.buyer(), deal.order().id(), DisputeKind.NOT_AS_DESCRIBED,
                "The frame has a crack that the listing did not mention.", List.of());
    }

    @Test
    void aPartialRefundSplitsTheEscrowToTheCentWithCommissionOnWhatTheSellerKeeps() {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        Dispute dispute = open(deal);
        assertThat(orders.get(deal.order().id()).state()).isEqualTo("disputed");

        disputes.sellerOffers(deal.seller(), dispute.id(), Money.of("33.33", "EUR"), "Sorry, I missed it; a part back?");
        disputes.buyerAnswersOffer(deal.buyer(), dispute.id(), true);

        String ref = deal.order().id().toString();
        assertThat(orders.get(deal.order().id()).state()).isEqualTo("completed");
        var escrow = ledger.escrowOf(ref, EUR);
        assertThat(escrow.balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(escrow.refunded()).isEqualTo(Money.of("33.33", "EUR"));
        JournalEntry release = ledger.entriesAbout(ref).stream().filter(e -> e.code() == EntryCode.RELEASE).findFirst().orElseThrow();
        assertThat(amountTo(release, AccountType.SELLER_AVAILABLE)).isEqualTo(Money.of("285.00", "EUR"));
        assertThat(amountTo(release, AccountType.REVENUE_SELLER_COMMISSION)).isEqualTo(Money.of("31.67", "EUR"));
        assertThat(amountTo(release, AccountType.REVENUE_BUYER_FEE)).isEqualTo(Money.of("18.00", "EUR"));
        // 33.33 + 285.00 + 31.67 + 18.00 = 368.00, the whole escrow
        assertThat(ledger.sellerBalance(deal.seller().toString(), EUR).available()).isEqualTo(Money.of("285.00", "EUR"));
        Dispute decided = disputes.find(dispute.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(DisputeStatus.DECIDED);
        assertThat(decided.outcome()).isEqualTo(Outcome.PARTIAL_REFUND);
        assertThat(disputes.timeline(dispute.id())).extracting(DisputeStep::kind)
                .containsExactly("OPENED", "OFFER", "OFFER_ACCEPTED");
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
    }

    @Test
    void releaseIsRefusedWhileDisputedAndAStaffReleaseLetsTheSellerBePaid() {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        Dispute dispute = open(deal);
        String ref = deal.order().id().toString();

        assertThatThrownBy(() -> ledger.release(new LedgerManagement.Release("try-" + ref, ref, deal.seller().toString(),
                Money.of("35.00", "EUR"), Money.of("18.00", "EUR"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hold");
        assertThatThrownBy(() -> orders.transition(deal.buyer(), false, deal.order().id(), "complete"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(ref, EUR).held()).isTrue();
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("368.00", "EUR"));

        disputes.sellerContests(deal.seller(), dispute.id(), "The crack was shown in photo 3 of the listing.", List.of());
        AccountId moderator = AccountId.random();
        disputes.decide(moderator, dispute.id(), Outcome.RELEASE, null, "Listing photo 3 shows the crack clearly");

        assertThat(orders.get(deal.order().id()).state()).isEqualTo("completed");
        assertThat(ledger.escrowOf(ref, EUR).held()).isFalse();
        assertThat(ledger.sellerBalance(deal.seller().toString(), EUR).available()).isEqualTo(Money.of("315.00", "EUR"));
        assertThat(audit.about("order:" + ref)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(moderator);
            assertThat(entry.action()).isEqualTo("dispute.decide");
        });
    }

    @Test
    void aSellerWhoIgnoresTheDisputeLosesItWhenTheTimerFires() {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        Dispute dispute = open(deal);
        String ref = deal.order().id().toString();

        clock.advance(Duration.ofDays(3).plusMinutes(1));

        // the money moves first, then the decision is recorded: wait for both
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(orders.get(deal.order().id()).state()).isEqualTo("refunded");
            assertThat(disputes.find(dispute.id()).orElseThrow().status()).isEqualTo(DisputeStatus.DECIDED);
        });
        Dispute decided = disputes.find(dispute.id()).orElseThrow();
        assertThat(decided.outcome()).isEqualTo(Outcome.FULL_REFUND);
        assertThat(decided.refunded()).isEqualTo(Money.of("368.00", "EUR"));
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(disputes.timeline(dispute.id())).extracting(DisputeStep::kind).containsExactly("OPENED", "DEADLINE");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(levels.strikesOf(deal.seller())).extracting(s -> s.kind()).containsExactly("DISPUTE_LOST"));
    }

    @Test
    void aDisputeOutsideTheInspectionWindowOrWithEvidenceThatIsNoImageIsRefused() {
        Deal paid = TrustFixtures.paidBike(identity, listings, orders);
        assertThatThrownBy(() -> open(paid)).isInstanceOf(InvalidInputException.class).hasMessageContaining("inspect");

        Deal delivered = TrustFixtures.deliveredBike(identity, listings, orders);
        assertThatThrownBy(() -> disputes.open(delivered.buyer(), delivered.order().id(), DisputeKind.DAMAGED,
                "Arrived with a bent wheel and scratches.", List.of(new Disputes.Photo("not a picture".getBytes()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("photo");
        assertThatThrownBy(() -> disputes.open(delivered.seller(), delivered.order().id(), DisputeKind.DAMAGED,
                "Arrived with a bent wheel and scratches.", List.of()))
                .isInstanceOf(RuntimeException.class);
        assertThat(disputes.ofOrder(delivered.order().id())).isEmpty();
        assertThat(ledger.escrowOf(delivered.order().id().toString(), EUR).held()).isFalse();
    }

    @Test
    void buyerProtectionFundsARefundBeyondTheEscrow() {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        orders.transition(deal.buyer(), false, deal.order().id(), "complete");
        String ref = deal.order().id().toString();
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("0.00", "EUR"));
        Money before = ledger.balance(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR));

        Dispute chargeback = disputes.openChargeback(deal.order().id(), Money.of("368.00", "EUR"), "dp_test_1");

        assertThat(chargeback.kind()).isEqualTo(DisputeKind.CHARGEBACK);
        assertThat(ledger.balance(LedgerAccount.platform(AccountType.BUYER_PROTECTION, EUR)).minus(before))
                .isEqualTo(Money.of("368.00", "EUR"));
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
    }

    @Test
    void aChargebackNoticeFromTheProviderOpensAChargebackDisputeOnce() throws Exception {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        String ref = deal.order().id().toString();
        String paymentIntent = jdbc.sql("SELECT provider_ref FROM payments_call WHERE order_ref = ? AND operation = 'AUTHORISE'")
                .param(ref).query(String.class).single();
        String event = """
                {"id":"evt_%s","type":"charge.dispute.created","data":{"object":{"id":"dp_%s","payment_intent":"%s","amount":36800,"currency":"eur"}}}"""
                .formatted(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), paymentIntent);

        assertThat(webhook(event).statusCode()).isEqualTo(200);
        assertThat(webhook(event).body()).contains("\"duplicate\":true");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(orders.get(deal.order().id()).state()).isEqualTo("refunded");
            assertThat(disputes.ofOrder(deal.order().id())).hasSize(1);
        });
        assertThat(disputes.ofOrder(deal.order().id())).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DisputeKind.CHARGEBACK));
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(ledger.escrowOf(ref, EUR).refunded()).isEqualTo(Money.of("368.00", "EUR"));
    }

    private java.net.http.HttpResponse<String> webhook(String body) throws Exception {
        long at = java.time.Instant.now().getEpochSecond();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("sandbox-webhook-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String v1 = java.util.HexFormat.of().formatHex(mac.doFinal((at + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/payments/webhooks/sandbox"))
                .header("Content-Type", "application/json").header("Stripe-Signature", "t=" + at + ",v1=" + v1)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static Money amountTo(JournalEntry entry, AccountType type) {
        return entry.postings().stream().filter(p -> p.account().type() == type).findFirst().orElseThrow().normalAmount();
    }
}
