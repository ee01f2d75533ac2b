package dev.agora.orders;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrderApiTests {

    static final String CARD = "4242 4242 4242 4242";

    @LocalServerPort int port;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;

    ApiClient api;
    AccountId seller;
    ListingView bike;

    @BeforeEach
    void aPublishedUniqueBike() {
        api = new ApiClient(port);
        seller = ListingFixtures.newSeller(identity);
        bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Gravel bike " + UUID.randomUUID().toString().substring(0, 8))).id());
    }

    Map<String, Object> order(String card) {
        return Map.of("listingId", bike.id().toString(), "quantity", 1, "paymentMethod", card);
    }

    @Test
    void aQuoteHasNoSideEffectAndAnOrderIsPlacedPaidAndReadable() {
        String token = bearer(api.newToken("read-write"));
        var quote = api.postJson("/api/v1/orders/quote", order(CARD), "Authorization", token);
        assertThat(quote.statusCode()).isEqualTo(200);
        assertThat(body(quote).get("buyerTotal").get("amount").asString()).isEqualTo("368.00");
        assertThat(orders.salesOf(seller)).isEmpty();

        var placed = api.postJson("/api/v1/orders", order(CARD), "Authorization", token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(placed.statusCode()).isEqualTo(201);
        String id = body(placed).get("id").asString();
        var read = api.get("/api/v1/orders/" + id, "Authorization", token);
        assertThat(body(read).get("state").asString()).isEqualTo("paid");
        assertThat(body(read).get("price").get("lines").size()).isEqualTo(3);

        var wrongActor = api.postJson("/api/v1/orders/" + id + "/transitions/hand-over", Map.of(), "Authorization", token);
        assertThat(wrongActor.statusCode()).isEqualTo(400);
        assertThat(wrongActor.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(api.get("/api/v1/orders/" + id, "Authorization", token)).get("state").asString()).isEqualTo("paid");
    }

    @Test
    void anOrderWithoutIdempotencyKeyOrForOnesOwnListingIsRefused() {
        String token = bearer(api.newToken("read-write"));
        assertThat(api.postJson("/api/v1/orders", order(CARD), "Authorization", token).statusCode()).isEqualTo(400);
        var zero = api.postJson("/api/v1/orders", Map.of("listingId", bike.id().toString(), "quantity", 0, "paymentMethod", CARD),
                "Authorization", token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(orders.salesOf(seller)).isEmpty();
    }

    @Test
    void theSameOrderPostedTwentyTimesAtOnceIsOneOrder() throws Exception {
        String token = bearer(api.newToken("read-write"));
        String key = UUID.randomUUID().toString();
        var answers = race(20, i -> api.postJson("/api/v1/orders", order(CARD), "Authorization", token, "Idempotency-Key", key));

        assertThat(answers).extracting(HttpResponse::statusCode).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(orders.salesOf(seller)).hasSize(1);
    }

    @Test
    void fiftyBuyersRacingForOneUniqueItemMakeOneSaleAndOneCapture() throws Exception {
        List<AccountId> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(ListingFixtures.newSeller(identity));
        }
        var outcomes = race(50, i -> {
            try {
                return orders.place(buyers.get(i), new PlaceOrder(bike.id(), 1, null, CARD)).state();
            } catch (dev.agora.kernel.validation.InvalidInputException refused) {
                return "refused";
            }
        });

        assertThat(outcomes).filteredOn("paid"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(49);
        assertThat(orders.salesOf(seller)).singleElement().extracting(OrderView::state).isEqualTo("paid");
    }

    interface Attempt<T> {
        T run(int i) throws Exception;
    }

    static <T> List<T> race(int n, Attempt<T> attempt) throws Exception {
        try (var pool = Executors.newFixedThreadPool(n)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return attempt.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
