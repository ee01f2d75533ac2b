package dev.agora.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole money path of an order through the sandbox provider and the ledger; on H2 and PostgreSQL. */
abstract class PaymentsContract {

    static final Currency EUR = Money.currency("EUR");

    @Autowired
    Payments payments;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    final String order = "order-" + UUID.randomUUID();
    final String seller = "seller-" + UUID.randomUUID();

    static Money eur(long cents) {
        return new Money(cents, EUR);
    }

    PaymentResult authorise(String card, long cents) {
        return payments.authorise(new Payments.Authorise(order + "-auth", order, eur(cents), card, "http://localhost/back"));
    }

    void paidAndCaptured(long cents) {
        assertThat(authorise("4242 4242 4242 4242", cents).state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(payments.capture(new Payments.Capture(order + "-capture", order, seller, eur(cents))).succeeded()).isTrue();
    }

    @Test
    void aSuccessfulCardIsAuthorisedCapturedIntoEscrowAndReleasedToTheSeller() {
        authorise("4242 4242 4242 4242", 10_000);
        assertThat(ledger.escrowOf(order, EUR).authorisedPending()).isEqualTo(eur(10_000));

        payments.capture(new Payments.Capture(order + "-capture", order, seller, eur(10_000)));
        assertThat(payments.balanceOf(seller, EUR).pending()).isEqualTo(eur(10_000));

        var release = payments.release(new Payments.Release(order + "-release", order, seller, eur(1_000), eur(300)));

        assertThat(release.succeeded()).isTrue();
        assertThat(release.providerReference()).startsWith("sb_tr_");
        assertThat(payments.balanceOf(seller, EUR).available()).isEqualTo(eur(8_700));
        assertThat(ledger.escrowOf(order, EUR).balance()).isEqualTo(eur(0));
    }

    @Test
    void declinedAndUnderfundedCardsMoveNothing() {
        var declined = authorise("4000 0000 0000 0002", 5_000);
        var underfunded = payments.authorise(new Payments.Authorise(order + "-auth-2", order, eur(5_000),
                "4000000000009995", "http://localhost/back"));

        assertThat(declined.state()).isEqualTo(PaymentState.FAILED);
        assertThat(declined.failureCode()).isEqualTo("card_declined");
        assertThat(underfunded.failureCode()).isEqualTo("insufficient_funds");
        assertThat(ledger.entriesAbout(order)).isEmpty();
    }

    @Test
    void anAuthenticationStepWaitsForTheBuyersConfirmation() throws Exception {
        var result = authorise("4000 0027 6000 3184", 4_000);
        assertThat(result.state()).isEqualTo(PaymentState.REQUIRES_ACTION);
        assertThat(ledger.entriesAbout(order)).isEmpty();

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + result.actionUrl()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ledger.escrowOf(order, EUR).authorisedPending()).isEqualTo(eur(4_000));
        assertThat(authorise("4000 0027 6000 3184", 4_000).state()).isEqualTo(PaymentState.SUCCEEDED);
    }

    @Test
    void replayingACommandReturnsTheFirstOutcomeAndAnotherBodyIsRejected() {
        paidAndCaptured(2_000);

        var again = payments.capture(new Payments.Capture(order + "-capture", order, seller, eur(2_000)));

        assertThat(again.succeeded()).isTrue();
        assertThat(ledger.escrowOf(order, EUR).captured()).isEqualTo(eur(2_000));
        assertThatThrownBy(() -> payments.capture(new Payments.Capture(order + "-capture", order, seller, eur(1_999))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSecondCaptureOrAVoidAfterCaptureIsRefusedBeforeTheProviderIsAsked() {
        paidAndCaptured(2_000);

        assertThatThrownBy(() -> payments.capture(new Payments.Capture(order + "-capture-2", order, seller, eur(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> payments.voidAuthorisation(order + "-void", order))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from payments_call where order_ref = ?", Integer.class, order))
                .isEqualTo(2);
    }

    @Test
    void refundsAreBookedAndNeverExceedTheEscrow() {
        paidAndCaptured(3_000);

        payments.refund(new Payments.Refund(order + "-refund-1", order, eur(1_000), "damaged"));

        assertThatThrownBy(() -> payments.refund(new Payments.Refund(order + "-refund-2", order, eur(2_001), "too much")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(order, EUR).refunded()).isEqualTo(eur(1_000));
        assertThat(ledger.escrowOf(order, EUR).balance()).isEqualTo(eur(2_000));
    }

    @Test
    void aCancelledCheckoutVoidsTheAuthorisation() {
        authorise("4242424242424242", 1_500);

        assertThat(payments.voidAuthorisation(order + "-void", order).succeeded()).isTrue();

        assertThat(ledger.escrowOf(order, EUR).authorisedPending()).isEqualTo(eur(0));
    }

    @Test
    void aPaidOutSellerIsPaidAndAFailedPayoutComesBackToAvailable() {
        paidAndCaptured(5_000);
        payments.release(new Payments.Release(order + "-release", order, seller, eur(0), eur(0)));

        assertThatThrownBy(() -> payments.requestPayout(new Payments.RequestPayout(order + "-po-0", seller, eur(5_001))))
                .isInstanceOf(InvalidInputException.class);
        payments.linkPayoutAccount(seller, "acct_will_fail");
        var failed = payments.requestPayout(new Payments.RequestPayout(order + "-po-1", seller, eur(2_000)));
        assertThat(failed.state()).isEqualTo(PaymentState.FAILED);
        assertThat(payments.balanceOf(seller, EUR).available()).isEqualTo(eur(5_000));

        payments.linkPayoutAccount(seller, "acct_ok");
        assertThat(payments.requestPayout(new Payments.RequestPayout(order + "-po-2", seller, eur(2_000))).succeeded()).isTrue();

        var balance = payments.balanceOf(seller, EUR);
        assertThat(balance.available()).isEqualTo(eur(3_000));
        assertThat(balance.paidOut()).isEqualTo(eur(2_000));
        assertThat(payments.statement(seller, EUR)).isNotEmpty();
    }

    @Test
    void theLedgerReconcilesWithTheProvidersRecords() {
        Instant from = Instant.now().minusSeconds(60);
        paidAndCaptured(2_500);
        payments.refund(new Payments.Refund(order + "-refund", order, eur(500), "partial"));

        var report = payments.reconcile(from, Instant.now().plusSeconds(60));

        assertThat(report.drifts()).noneMatch(d -> d.reference().equals(order));
        assertThat(report.compared()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCaptureTheProviderConfirmedButTheLedgerLacksIsReportedAsDrift() {
        Instant from = Instant.now().minusSeconds(60);
        // what a crash between the provider's answer and the booking would leave behind
        jdbc.update("""
                INSERT INTO payments_call (idempotency_key, operation, provider, order_ref, seller_ref, amount_minor,
                    currency, state, provider_ref, created_at, updated_at)
                VALUES (?, 'CAPTURE', 'sandbox', ?, ?, 700, 'EUR', 'SUCCEEDED', 'sb_pi_lost', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                order + "-lost-capture", order, seller);

        var report = payments.reconcile(from, Instant.now().plusSeconds(60));

        assertThat(report.clean()).isFalse();
        assertThat(report.drifts()).contains(new ReconciliationReport.Drift(
                ReconciliationReport.Kind.CAPTURE, order, eur(0), eur(700)));
    }
}
