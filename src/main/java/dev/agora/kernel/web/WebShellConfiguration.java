package dev.agora.kernel.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet-level pieces of the web shell that must run before Spring Security. */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration {

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter() {
        var registration = new FilterRegistrationBean<>(new UploadSizeFilter());
        // after the forwarded-header and character-encoding filters, before Spring Security (-100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
