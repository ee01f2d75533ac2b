package dev.agora.kernel.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRateLimiterTests {

    final ApiRateLimiter limiter = new ApiRateLimiter(new RateLimitSettings(3, 5));

    @Test
    void anonymousClientGetsItsLimitThenARetryAfter() {
        for (int call = 1; call <= 3; call++) {
            assertThat(limiter.tryCall("10.0.0.1", false).allowed()).isTrue();
        }
        var refused = limiter.tryCall("10.0.0.1", false);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void clientsHaveSeparateBucketsAndTokensTheirOwnLimit() {
        for (int call = 1; call <= 3; call++) {
            limiter.tryCall("10.0.0.2", false);
        }
        assertThat(limiter.tryCall("10.0.0.3", false).allowed()).isTrue();
        for (int call = 1; call <= 5; call++) {
            assertThat(limiter.tryCall("token-a", true).allowed()).isTrue();
        }
        assertThat(limiter.tryCall("token-a", true).allowed()).isFalse();
        assertThat(limiter.tryCall("10.0.0.2", false).allowed()).isFalse();
    }
}
