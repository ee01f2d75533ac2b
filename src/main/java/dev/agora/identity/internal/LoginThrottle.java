package dev.agora.identity.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rate limits failed logins per email and per client address with Bucket4j token buckets. The buckets are in
 * memory, so each node guards itself (a client spreading attempts over n nodes gets n times the budget); the
 * per-account lock in {@link LoginAttempts} is in the database and holds across nodes. A JDBC-backed Bucket4j
 * module does not resolve here, hence this split. Only failures spend tokens: members who type their password
 * right are never slowed down.
 */
@Component
public class LoginThrottle {

    static final int FAILURES_PER_EMAIL = 15;
    static final int FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 20_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });
    private final TimeMeter time;

    LoginThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long the client must wait before trying again, if it spent its budget. */
    public Optional<Duration> refusal(String email, String address) {
        long waitNanos = Math.max(
                bucket("e:" + normalize(email), FAILURES_PER_EMAIL).estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                bucket("a:" + address, FAILURES_PER_ADDRESS).estimateAbilityToConsume(1).getNanosToWaitForRefill());
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    public void failed(String email, String address) {
        bucket("e:" + normalize(email), FAILURES_PER_EMAIL).tryConsume(1);
        bucket("a:" + address, FAILURES_PER_ADDRESS).tryConsume(1);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .withCustomTimePrecision(time)
                .build());
    }

    private static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
