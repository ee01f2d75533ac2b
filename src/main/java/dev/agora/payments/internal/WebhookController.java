package dev.agora.payments.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code POST /api/v1/payments/webhooks/{provider}}: Stripe-shaped events, signed in the {@code Stripe-Signature}
 * header. A bad or missing signature answers 400 problem+json and changes nothing; a repeated event id answers
 * 200 and changes nothing.
 */
@ApiController("/api/v1/payments/webhooks")
class WebhookController {

    private final PaymentsSettings settings;
    private final ProviderEvents events;
    private final Clock clock;

    WebhookController(PaymentsSettings settings, ProviderEvents events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping("/{provider}")
    ResponseEntity<Map<String, Object>> receive(@PathVariable String provider, @RequestBody String body,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (!provider.equals(settings.provider())) {
            throw InvalidInputException.of("provider", "payments.unknown-provider", "Not the configured provider: " + provider);
        }
        if (signature == null || !WebhookSignature.verify(settings.webhookSecret(provider), signature, body,
                clock.instant(), settings.webhookTolerance())) {
            throw InvalidInputException.of("Stripe-Signature", "payments.bad-signature", "The webhook signature is not valid");
        }
        JsonObject event;
        try {
            event = JsonParser.parseString(body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw InvalidInputException.of("body", "payments.bad-event", "The body is not a JSON event");
        }
        if (!event.has("id") || !event.has("type")) {
            throw InvalidInputException.of("body", "payments.bad-event", "The event has no id or type");
        }
        JsonObject object = event.has("data") && event.getAsJsonObject("data").has("object")
                ? event.getAsJsonObject("data").getAsJsonObject("object") : new JsonObject();
        boolean processed = events.process(provider, event.get("id").getAsString(), event.get("type").getAsString(), object);
        return ResponseEntity.ok(Map.of("received", true, "duplicate", !processed));
    }
}
