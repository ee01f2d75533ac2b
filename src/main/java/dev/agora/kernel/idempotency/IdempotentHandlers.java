package dev.agora.kernel.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Finds out, before Spring MVC dispatches, whether a request will reach an {@link Idempotent} handler. */
class IdempotentHandlers {

    // looked up on first use: filters are built before Spring MVC's infrastructure
    private final ObjectProvider<RequestMappingHandlerMapping> mapping;

    IdempotentHandlers(ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    boolean isIdempotent(HttpServletRequest request) {
        boolean parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsedBefore) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            HandlerExecutionChain chain = mapping.getObject().getHandler(request);
            return chain != null
                    && chain.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(Idempotent.class);
        } catch (Exception noHandler) {
            // wrong method or content type: Spring MVC answers that itself, nothing to make idempotent
            return false;
        } finally {
            if (!parsedBefore) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
