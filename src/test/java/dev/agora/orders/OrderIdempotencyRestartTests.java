package dev.agora.orders;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.agora.AgoraApplication;
import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6: the same order POST 20 times across an application restart is one order. Ten go at once to the running
 * node; then a second application context starts on the same database (a restarted node: nothing in memory, only what
 * the Idempotency-Key store kept) and gets the other ten, one after another: every answer is the first one (201, same
 * body), another body under the key is 422, and a request the first node left unfinished (crashed mid-flight) is 409.
 */
@IntegrationTest
class OrderIdempotencyRestartTests {

    static final String CARD = "4242 4242 4242 4242";

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;

    @Test
    void theSameOrderPostedTwentyTimesAcrossARestartIsOneOrder() throws Exception {
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Restart bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        Map<String, Object> order = Map.of("listingId", bike.id().toString(), "quantity", 1, "paymentMethod", CARD);
        ApiClient first = new ApiClient(port);
        String token = bearer(first.newToken("read-write"));
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> before = OrderApiTests.race(10,
                i -> first.postJson("/api/v1/orders", order, "Authorization", token, "Idempotency-Key", key));
        assertThat(before).extracting(HttpResponse::statusCode).contains(201).allMatch(s -> s == 201 || s == 409);
        String answer = before.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().body();
        assertThat(before).filteredOn(r -> r.statusCode() == 201).extracting(HttpResponse::body).containsOnly(answer);
        // a node died while running this key: its claim is left unfinished
        String crashed = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO idempotency_key (caller, idem_key, request_hash, finished, created_at, expires_at)
                SELECT caller, ?, request_hash, FALSE, created_at, expires_at FROM idempotency_key WHERE idem_key = ?""")
                .params(crashed, key).update();

        // command-line arguments: they outrank application-test.yml (whose database name is random per context)
        try (var restarted = new SpringApplicationBuilder(AgoraApplication.class).profiles("test").run(
                "--spring.datasource.url=" + dataSource.unwrap(HikariDataSource.class).getJdbcUrl(),
                "--spring.mail.host=" + environment.getProperty("spring.mail.host"),
                "--spring.mail.port=" + environment.getProperty("spring.mail.port"),
                "--server.port=0",
                "--agora.listings.demo-listings=0",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
            ApiClient second = new ApiClient(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
            for (int i = 0; i < 10; i++) {
                var again = second.postJson("/api/v1/orders", order, "Authorization", token, "Idempotency-Key", key);
                assertThat(again.statusCode()).isEqualTo(201);
                assertThat(again.body()).isEqualTo(answer);
                assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            }
            var otherBody = second.postJson("/api/v1/orders", Map.of("listingId", bike.id().toString(), "quantity", 2,
                    "paymentMethod", CARD), "Authorization", token, "Idempotency-Key", key);
            assertThat(otherBody.statusCode()).isEqualTo(422);
            var inFlight = second.postJson("/api/v1/orders", order, "Authorization", token, "Idempotency-Key", crashed);
            assertThat(inFlight.statusCode()).isEqualTo(409);
            assertThat(inFlight.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        }
        assertThat(orders.salesOf(seller)).singleElement()
                .satisfies(sale -> assertThat(body(new ApiClient(port).get("/api/v1/orders/" + sale.id(), "Authorization", token))
                        .get("id").asString()).isEqualTo(ApiClient.JSON.readTree(answer).get("id").asString()));
    }
}
