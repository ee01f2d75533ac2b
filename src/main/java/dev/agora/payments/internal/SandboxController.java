package dev.agora.payments.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sandbox's stand-in for a bank's authentication page: confirming (or refusing) completes an authorisation
 * that answered REQUIRES_ACTION, as a Stripe webhook would. Only with the sandbox provider.
 */
@ApiController("/api/v1/payments/sandbox")
class SandboxController {

    private final PaymentsSettings settings;
    private final ProviderEvents events;

    SandboxController(PaymentsSettings settings, ProviderEvents events) {
        this.settings = settings;
        this.events = events;
    }

    @PostMapping("/payments/{reference}/confirm")
    Map<String, Object> confirm(@PathVariable String reference) {
        return finish(reference, null);
    }

    @PostMapping("/payments/{reference}/refuse")
    Map<String, Object> refuse(@PathVariable String reference) {
        return finish(reference, "authentication_failed");
    }

    private Map<String, Object> finish(String reference, String failure) {
        if (!"sandbox".equals(settings.provider())) {
            throw InvalidInputException.of("provider", "payments.not-sandbox", "The sandbox is not the configured provider");
        }
        events.authorisationFinished("sandbox", reference, failure);
        return Map.of("reference", reference, "confirmed", failure == null);
    }
}
