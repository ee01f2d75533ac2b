package dev.agora.kernel.idempotency;

import dev.agora.kernel.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    /** Order 0: after Spring Security's filter chain (-100), whose caller scopes the keys. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
            IdempotencyStore store,
            ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(new IdempotentHandlers(mapping), store, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
