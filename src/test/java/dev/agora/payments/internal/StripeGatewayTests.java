package dev.agora.payments.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.agora.kernel.money.Money;
import dev.agora.payments.PaymentGateway;
import dev.agora.payments.PaymentState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against WireMock stubs shaped like Stripe's API; never the real service, no Spring. */
class StripeGatewayTests {

    static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort());
    static final Money TEN_EUROS = Money.ofMinor(1_000, "EUR");
    StripeGateway gateway;

    @BeforeAll
    static void start() {
        STRIPE.start();
    }

    @AfterAll
    static void stop() {
        STRIPE.stop();
    }

    @BeforeEach
    void setUp() {
        STRIPE.resetAll();
        gateway = new StripeGateway("sk_test_agora", "http://localhost:" + STRIPE.port());
    }

    static void stub(String path, int status, String json) {
        STRIPE.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_test").withBody(json)));
    }

    @Test
    void authorisesWithManualCaptureTheOrderAsTransferGroupAndTheIdempotencyKey() {
        stub("/v1/payment_intents", 200, """
                {"id":"pi_123","object":"payment_intent","status":"requires_capture","amount":1000,
                 "currency":"eur","latest_charge":"ch_123","transfer_group":"order-1"}""");

        var result = gateway.authorise(new PaymentGateway.Authorisation("key-1", TEN_EUROS, "pm_card_visa", "order-1", "https://x/back"));

        assertThat(result.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(result.reference()).isEqualTo("pi_123");
        assertThat(result.sourceCharge()).isEqualTo("ch_123");
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("key-1"))
                .withHeader("Authorization", equalTo("Bearer sk_test_agora"))
                .withRequestBody(containing("capture_method=manual"))
                .withRequestBody(containing("transfer_group=order-1"))
                .withRequestBody(containing("amount=1000")));
    }

    @Test
    void aDeclinedCardIsFailedWithItsDeclineCode() {
        stub("/v1/payment_intents", 402, """
                {"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                 "message":"Your card has insufficient funds."}}""");

        var result = gateway.authorise(new PaymentGateway.Authorisation("key-2", TEN_EUROS, "pm_x", "order-2", "https://x"));

        assertThat(result.state()).isEqualTo(PaymentState.FAILED);
        assertThat(result.failureCode()).isEqualTo("insufficient_funds");
    }

    @Test
    void anAuthenticationStepRequiresActionWithTheRedirect() {
        stub("/v1/payment_intents", 200, """
                {"id":"pi_3ds","object":"payment_intent","status":"requires_action",
                 "next_action":{"type":"redirect_to_url","redirect_to_url":{"url":"https://hooks.stripe.test/3ds","return_url":"https://x"}}}""");

        var result = gateway.authorise(new PaymentGateway.Authorisation("key-3", TEN_EUROS, "pm_3ds", "order-3", "https://x"));

        assertThat(result.state()).isEqualTo(PaymentState.REQUIRES_ACTION);
        assertThat(result.actionUrl()).isEqualTo("https://hooks.stripe.test/3ds");
    }

    @Test
    void capturesRefundsAndVoidsThePaymentIntent() {
        stub("/v1/payment_intents/pi_123/capture", 200, """
                {"id":"pi_123","object":"payment_intent","status":"succeeded","latest_charge":"ch_123"}""");
        stub("/v1/refunds", 200, """
                {"id":"re_1","object":"refund","status":"pending","amount":500}""");
        stub("/v1/payment_intents/pi_9/cancel", 200, """
                {"id":"pi_9","object":"payment_intent","status":"canceled"}""");

        assertThat(gateway.capture(new PaymentGateway.Capture("key-c", "pi_123", TEN_EUROS)).state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(gateway.refund(new PaymentGateway.Refund("key-r", "pi_123", Money.ofMinor(500, "EUR"))).state())
                .isEqualTo(PaymentState.PENDING);
        assertThat(gateway.voidAuthorisation(new PaymentGateway.Void("key-v", "pi_9")).state()).isEqualTo(PaymentState.SUCCEEDED);
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_123/capture"))
                .withRequestBody(containing("amount_to_capture=1000")));
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=pi_123")));
    }

    @Test
    void transfersAreTiedToTheSourceChargeAndPayoutsRunOnTheConnectedAccount() {
        stub("/v1/transfers", 200, """
                {"id":"tr_1","object":"transfer","amount":900,"currency":"eur","destination":"acct_1"}""");
        stub("/v1/payouts", 200, """
                {"id":"po_1","object":"payout","amount":900,"currency":"eur","status":"pending"}""");

        var transfer = gateway.transfer(new PaymentGateway.Transfer("key-t", "acct_1", Money.ofMinor(900, "EUR"), "order-1", "ch_123"));
        var payout = gateway.payout(new PaymentGateway.Payout("key-p", "acct_1", Money.ofMinor(900, "EUR")));

        assertThat(transfer.reference()).isEqualTo("tr_1");
        assertThat(payout.state()).isEqualTo(PaymentState.PENDING);
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withRequestBody(containing("source_transaction=ch_123"))
                .withRequestBody(containing("transfer_group=order-1"))
                .withRequestBody(containing("destination=acct_1")));
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/payouts")).withHeader("Stripe-Account", equalTo("acct_1")));
    }

    @Test
    void anOutageIsErroredSoTheSameKeyCanBeRetried() {
        stub("/v1/transfers", 500, """
                {"error":{"type":"api_error","message":"Something went wrong"}}""");

        var result = gateway.transfer(new PaymentGateway.Transfer("key-e", "acct_1", TEN_EUROS, "order-1", null));

        assertThat(result.state()).isEqualTo(PaymentState.ERRORED);
    }

    // --- orders-gaps: transfer reversals for refunds after release
    @Test
    void aRefundAfterReleaseReversesTheTransferWithTheAmountAndTheIdempotencyKey() {
        stub("/v1/transfers/tr_123/reversals", 200, """
                {"id":"trr_456","object":"transfer_reversal","amount":1000,"currency":"eur","transfer":"tr_123",
                 "destination_payment_refund":"pyr_789","metadata":{"idempotency_key":"order-1:refund-x:transfer-reversal"}}""");

        var result = gateway.reverseTransfer(new PaymentGateway.TransferReversal("order-1:refund-x:transfer-reversal", "tr_123", TEN_EUROS));

        assertThat(result.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(result.reference()).isEqualTo("trr_456");
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/transfers/tr_123/reversals"))
                .withHeader("Idempotency-Key", equalTo("order-1:refund-x:transfer-reversal"))
                .withRequestBody(containing("amount=1000")));
    }

    @Test
    void aReversalAboveWhatIsLeftOfTheTransferIsFailedNotErrored() {
        stub("/v1/transfers/tr_123/reversals", 400, """
                {"error":{"type":"invalid_request_error","code":"amount_too_large",
                 "message":"Transfer reversal amount exceeds the transfer amount remaining."}}""");

        var result = gateway.reverseTransfer(new PaymentGateway.TransferReversal("rev-2", "tr_123", TEN_EUROS));

        assertThat(result.state()).isEqualTo(PaymentState.FAILED);
        assertThat(result.failureCode()).isEqualTo("amount_too_large");
    }

    @Test
    void aReversalThatMeetsAServerErrorIsErroredSoARetryAsksAgain() {
        stub("/v1/transfers/tr_123/reversals", 500, """
                {"error":{"type":"api_error","message":"Something went wrong."}}""");

        assertThat(gateway.reverseTransfer(new PaymentGateway.TransferReversal("rev-3", "tr_123", TEN_EUROS)).state())
                .isEqualTo(PaymentState.ERRORED);
    }
    // --- end orders-gaps
}
