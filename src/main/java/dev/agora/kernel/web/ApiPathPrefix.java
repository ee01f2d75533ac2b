package dev.agora.kernel.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts every {@link ApiController} under {@code /api/v1}, as its documentation promises. (Added by the ledger helper.) */
@Configuration(proxyBeanMethods = false)
class ApiPathPrefix implements WebMvcConfigurer {

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        configurer.addPathPrefix("/api/v1", HandlerTypePredicate.forAnnotation(ApiController.class));
    }
}
