package dev.agora.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.kernel.money.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signed provider webhooks over HTTP: verified, processed once, bad ones refused unchanged. */
@IntegrationTest
class WebhookTests {

    @Autowired
    Payments payments;

    @LocalServerPort
    int port;

    final String seller = "seller-" + UUID.randomUUID();
    final String order = "order-" + UUID.randomUUID();

    @Test
    void aPendingPayoutIsSettledByItsWebhookOnceEvenWhenDeliveredTwice() throws Exception {
        var eur = Money.currency("EUR");
        payments.authorise(new Payments.Authorise(order + "-auth", order, new Money(4_000, eur), "4242424242424242", "x"));
        payments.capture(new Payments.Capture(order + "-capture", order, seller, new Money(4_000, eur)));
        payments.release(new Payments.Release(order + "-release", order, seller, new Money(0, eur), new Money(0, eur)));
        payments.linkPayoutAccount(seller, "acct_pending");
        var payout = payments.requestPayout(new Payments.RequestPayout(order + "-po", seller, new Money(4_000, eur)));
        assertThat(payout.state()).isEqualTo(PaymentState.PENDING);
        assertThat(payments.balanceOf(seller, eur).inTransit()).isEqualTo(new Money(4_000, eur));
        String event = """
                {"id":"evt_%s","type":"payout.paid","data":{"object":{"id":"%s","status":"paid"}}}"""
                .formatted(UUID.randomUUID(), payout.providerReference());

        assertThat(post(event, sign(event, Instant.now())).statusCode()).isEqualTo(200);
        var second = post(event, sign(event, Instant.now()));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"duplicate\":true");
        var balance = payments.balanceOf(seller, eur);
        assertThat(balance.paidOut()).isEqualTo(new Money(4_000, eur));
        assertThat(balance.inTransit()).isEqualTo(new Money(0, eur));
    }

    @Test
    void aBadOrStaleSignatureIsA400ProblemAndChangesNothing() throws Exception {
        String event = """
                {"id":"evt_%s","type":"payout.paid","data":{"object":{"id":"po_x"}}}""".formatted(UUID.randomUUID());

        var forged = post(event, sign(event.replace("po_x", "po_y"), Instant.now()));
        var stale = post(event, sign(event, Instant.now().minusSeconds(3_600)));
        var missing = post(event, null);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(post(event, sign(event, Instant.now())).body()).contains("\"duplicate\":false");
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/webhooks/sandbox"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs as a provider would, independently of the production code. */
    static String sign(String body, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("sandbox-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String v1 = HexFormat.of().formatHex(mac.doFinal((at.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8)));
        return "t=" + at.getEpochSecond() + ",v1=" + v1;
    }
}
