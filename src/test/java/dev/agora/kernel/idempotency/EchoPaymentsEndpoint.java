package dev.agora.kernel.idempotency;

import dev.agora.kernel.web.ApiController;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A test-only money-moving endpoint (found by component scanning from src/test, so it joins the one cached
 * test context). Counts executions per Idempotency-Key; the {@code X-Test-Hold} header parks the handler on
 * a latch so a test can send a second request while the first is in flight.
 */
@ApiController("/api/v1/echo-payments")
class EchoPaymentsEndpoint {

    record Payment(String payer, long amountMinor) {}

    static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    @PostMapping
    @Idempotent
    ResponseEntity<Map<String, Object>> pay(
            @RequestHeader("Idempotency-Key") String key,
            @RequestHeader(name = "X-Test-Hold", required = false) String hold,
            @RequestBody Payment payment) throws InterruptedException {
        int execution = EXECUTIONS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (hold != null) {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS);
        }
        String id = UUID.randomUUID().toString();
        return ResponseEntity.created(URI.create("/api/v1/echo-payments/" + id))
                .body(Map.of("id", id, "payer", payment.payer(), "amountMinor", payment.amountMinor(), "execution", execution));
    }
}
