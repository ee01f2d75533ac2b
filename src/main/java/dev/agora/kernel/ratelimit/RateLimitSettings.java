package dev.agora.kernel.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.api.rate-limit.*}: requests per minute an API client may make.
 *
 * @param anonymousPerMinute per client address, for calls without a bearer token
 * @param tokenPerMinute per bearer token
 */
@ConfigurationProperties("agora.api.rate-limit")
public record RateLimitSettings(int anonymousPerMinute, int tokenPerMinute) {

    public RateLimitSettings {
        anonymousPerMinute = anonymousPerMinute > 0 ? anonymousPerMinute : 60;
        tokenPerMinute = tokenPerMinute > 0 ? tokenPerMinute : 600;
    }
}
