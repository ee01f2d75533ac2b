package dev.agora.kernel.ratelimit;

import dev.agora.kernel.web.ProblemWriter;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    ApiRateLimiter apiRateLimiter(RateLimitSettings settings) {
        return new ApiRateLimiter(settings);
    }

    /** Just before Spring Security, just after the forwarded-header filter that sets the client address. */
    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiRateLimiter limiter, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(limiter, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
