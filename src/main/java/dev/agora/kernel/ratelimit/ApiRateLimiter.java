package dev.agora.kernel.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per client (address or bearer token), refilled evenly over a minute. Buckets live in
 * this node's memory: with several nodes each enforces the limit on its own share of traffic, which is the
 * trade-off we accept until a shared bucket store (Bucket4j's JDBC backend) is needed.
 */
public class ApiRateLimiter {

    /** The answer for one call: allowed or not, what is left, and when to retry. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

    private static final int MAX_CLIENTS = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitSettings settings;

    public ApiRateLimiter(RateLimitSettings settings) {
        this.settings = settings;
    }

    public Decision tryCall(String client, boolean withToken) {
        if (buckets.size() > MAX_CLIENTS) {
            // crude bound on memory under an address-spraying flood; every client starts afresh
            buckets.clear();
        }
        int perMinute = withToken ? settings.tokenPerMinute() : settings.anonymousPerMinute();
        Bucket bucket = buckets.computeIfAbsent((withToken ? "token:" : "address:") + client, key -> newBucket(perMinute));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retryAfter);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
