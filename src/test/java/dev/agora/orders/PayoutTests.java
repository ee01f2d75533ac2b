package dev.agora.orders;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.payments.Payments;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Balance and payouts through the API: minimum, first-payout hold, idempotency, failures, the weekly run. */
@IntegrationTest
class PayoutTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    @LocalServerPort int port;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;
    @Autowired SellerPayouts payouts;
    @Autowired Payments payments;
    @Autowired dev.agora.listings.CancellationPolicies policies;

    ApiClient api;
    AccountId seller;
    String token;
    String email;

    @BeforeEach
    void aSellerWithAToken() {
        api = new ApiClient(port);
        email = "payee-" + UUID.randomUUID() + "@example.org";
        seller = identity.register(new SignUp(email, ApiClient.PASSWORD, "Payee"));
        token = bearer(api.tokenFor(email, "read-write"));
    }

    void completeASale() {
        AccountId buyer = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Payout bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        var order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        assertThat(orders.transition(buyer, false, order.id(), "complete").state()).isEqualTo("completed");
    }

    java.net.http.HttpResponse<String> payout(String amount, String key) {
        return api.postJson("/api/v1/me/payouts", Map.of("amount", amount), "Authorization", token, "Idempotency-Key", key);
    }

    @Test
    void aNewSellersFirstPayoutIsHeldUntilEnoughCompletedOrders() {
        completeASale();
        var balance = body(api.get("/api/v1/me/balance", "Authorization", token));
        assertThat(balance.get("available").get("amount").asString()).isEqualTo("315.00");
        assertThat(balance.get("canPayOut").asBoolean()).isFalse();
        assertThat(balance.get("statement").size()).isPositive();

        var held = payout("50.00", UUID.randomUUID().toString());
        assertThat(held.statusCode()).isEqualTo(400);
        assertThat(held.body()).contains("orders.payout.held");

        completeASale();
        completeASale();
        var tooSmall = payout("9.99", UUID.randomUUID().toString());
        assertThat(tooSmall.body()).contains("orders.payout.below-minimum");
        var tooMuch = payout("945.01", UUID.randomUUID().toString());
        assertThat(tooMuch.body()).contains("orders.payout.above-available");

        String key = UUID.randomUUID().toString();
        var paid = payout("100.00", key);
        assertThat(paid.statusCode()).isEqualTo(201);
        assertThat(body(paid).get("state").asString()).isEqualTo("SENT");
        var again = payout("100.00", key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(body(again).get("id").asString()).isEqualTo(body(paid).get("id").asString());

        var after = payments.balanceOf(seller.toString(), EUR);
        assertThat(after.available()).isEqualTo(Money.of("845.00", "EUR"));
        assertThat(after.paidOut()).isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void aFailedPayoutReturnsTheMoneyToAvailable() {
        completeASale();
        completeASale();
        completeASale();
        payments.linkPayoutAccount(seller.toString(), "acct_fail_1");
        var failed = payouts.request(seller, Money.of("200.00", "EUR"), UUID.randomUUID().toString());
        assertThat(failed.state()).isEqualTo("FAILED");
        var after = payments.balanceOf(seller.toString(), EUR);
        assertThat(after.available()).isEqualTo(Money.of("945.00", "EUR"));
        assertThat(after.inTransit()).isEqualTo(Money.zero(EUR));
        assertThat(payouts.payoutsOf(seller)).singleElement().extracting(SellerPayouts.Payout::state).isEqualTo("FAILED");
    }

    @Test
    void theWeeklyRunPaysOutEligibleSellersOncePerWeek() {
        completeASale();
        completeASale();
        completeASale();
        Instant monday = Instant.parse("2026-12-07T06:00:00Z");
        payouts.payOutEveryone(monday);
        payouts.payOutEveryone(monday.plusSeconds(3600));
        var after = payments.balanceOf(seller.toString(), EUR);
        assertThat(after.available()).isEqualTo(Money.zero(EUR));
        assertThat(after.paidOut()).isEqualTo(Money.of("945.00", "EUR"));
        assertThat(payouts.payoutsOf(seller)).singleElement().extracting(SellerPayouts.Payout::trigger).isEqualTo("WEEKLY");
    }

    @Test
    void aSellerPicksTheCancellationPolicyOnTheirRentalsPage() {
        var tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Policy tent " + UUID.randomUUID())).id());
        var web = new dev.agora.WebClient(port);
        web.logIn(email, ApiClient.PASSWORD);
        var page = web.get(tent.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cancellation-policy").contains("Moderate: full refund");
        var saved = web.postForm("/sell/" + tent.id() + "/cancellation-policy",
                "policy=STRICT&_csrf=" + dev.agora.WebClient.encode(dev.agora.WebClient.csrfToken(page.body())));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(policies.of(tent.id())).isEqualTo(dev.agora.listings.CancellationPolicy.STRICT);
        var api = this.api.get("/api/v1/listings/" + tent.id() + "/cancellation-policy");
        assertThat(body(api).get("policy").asString()).isEqualTo("STRICT");
    }
}
