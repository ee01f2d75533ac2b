package dev.agora.kernel.idempotency;

import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IdempotencyTests {

    static final String PATH = "/api/v1/echo-payments";

    @LocalServerPort
    int port;

    @Autowired
    IdempotencyStore store;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void sameKeyAndBodyRunsOnceAndReplaysTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        var first = pay(key, 1200);
        var second = pay(key, 1200);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        assertThat(pay(key, 1200).statusCode()).isEqualTo(201);
        var reused = pay(key, 9900);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(body(reused).get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(1);
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = UUID.randomUUID().toString();
        assertThat(pay(key, 500).statusCode()).isEqualTo(201);
        var other = api.postJson(PATH, Map.of("payer", "bea", "amountMinor", 500),
                "Idempotency-Key", key, "X-Forwarded-For", "192.0.2.10");
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(2);
    }

    @Test
    void missingKeyIsRefused() {
        var response = api.postJson(PATH, Map.of("payer", "bea", "amountMinor", 1));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("type").asString()).endsWith("/idempotency-key-missing");
    }

    @Test
    void concurrentRequestWithTheSameKeyIs409AndOnlyOneRuns() throws Exception {
        EchoPaymentsEndpoint.entered = new CountDownLatch(1);
        EchoPaymentsEndpoint.release = new CountDownLatch(1);
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() ->
                api.postJson(PATH, Map.of("payer", "bea", "amountMinor", 700), "Idempotency-Key", key, "X-Test-Hold", "yes"));
        assertThat(EchoPaymentsEndpoint.entered.await(20, TimeUnit.SECONDS)).isTrue();

        var concurrent = pay(key, 700);
        EchoPaymentsEndpoint.release.countDown();

        assertThat(concurrent.statusCode()).isEqualTo(409);
        assertThat(body(concurrent).get("type").asString()).endsWith("/idempotency-key-in-flight");
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(1);
        assertThat(pay(key, 700).headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void keysAreForgottenAfter24Hours() {
        String key = UUID.randomUUID().toString();
        pay(key, 300);
        assertThat(store.purgeExpiredAt(clock.instant().plus(Duration.ofHours(25)))).isPositive();
        assertThat(pay(key, 300).headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(2);
    }

    @Test
    void claimAbandonedByACrashedNodeIsTakenOverAfterTenMinutes() {
        String key = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO idempotency_key (caller, idem_key, request_hash, finished, created_at, expires_at)
                VALUES ('address:127.0.0.1', ?, 'whatever', FALSE, ?, ?)""")
                .params(key, clock.instant().minus(Duration.ofMinutes(11)).atOffset(ZoneOffset.UTC),
                        clock.instant().plus(Duration.ofHours(23)).atOffset(ZoneOffset.UTC))
                .update();
        assertThat(pay(key, 800).statusCode()).isEqualTo(201);
        assertThat(EchoPaymentsEndpoint.EXECUTIONS.get(key)).hasValue(1);
    }

    private HttpResponse<String> pay(String key, long amountMinor) {
        return api.postJson(PATH, Map.of("payer", "bea", "amountMinor", amountMinor), "Idempotency-Key", key);
    }
}
