package dev.agora.fulfillment.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carrier adapter port: a carrier posts tracking events as JSON signed with HMAC-SHA256 over the raw body
 * ({@code X-Agora-Signature: sha256=<hex>}) with that carrier's own secret
 * ({@code agora.fulfillment.carrier-webhook-secrets.<carrier>}), so one carrier's key cannot forge another's events.
 * A bad signature, or a carrier without a configured secret, changes nothing; a verified event is recorded once per carrier event id.
 */
@Component
public class CarrierWebhooks {

    public static final String SIGNATURE_HEADER = "X-Agora-Signature";

    private final CarrierTracking tracking;
    private final FulfillmentSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();

    CarrierWebhooks(CarrierTracking tracking, FulfillmentSettings settings) {
        this.tracking = tracking;
        this.settings = settings;
    }

    /** Verifies and applies one webhook; false when the signature is wrong (nothing happened). */
    public boolean receive(String carrierName, byte[] body, @Nullable String signature) {
        Carrier carrier = Carrier.of(carrierName);
        if (signature == null || secretOf(carrier) == null || !MessageDigest.isEqual(
                sign(carrier, body).getBytes(StandardCharsets.US_ASCII), signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            throw dev.agora.kernel.validation.InvalidInputException.of("body", "fulfillment.webhook.json", "Not JSON");
        }
        tracking.carrierEvent(carrier, text(event, "trackingNumber"), text(event, "eventId"), text(event, "status"),
                event.hasNonNull("detail") ? event.get("detail").asString() : null);
        return true;
    }

    /** One step of the sandbox carrier, signed like a real carrier's event and taken through {@link #receive}. */
    public void sandboxStep(String trackingNumber, int step) {
        signedByCarrier(Carrier.SANDBOX, trackingNumber, "sandbox-" + trackingNumber + "-" + step,
                SandboxCarrier.STEPS.get(step));
    }

    void signedByCarrier(Carrier carrier, String trackingNumber, String eventId, String status) {
        byte[] body = json.createObjectNode().put("eventId", eventId).put("trackingNumber", trackingNumber)
                .put("status", status).toString().getBytes(StandardCharsets.UTF_8);
        receive(carrier.code(), body, sign(carrier, body));
    }

    /** {@code sha256=<hex of HMAC-SHA256(the carrier's secret, body)>}. */
    public String sign(Carrier carrier, byte[] body) {
        String secret = secretOf(carrier);
        if (secret == null) {
            throw new IllegalStateException("No webhook secret configured for carrier " + carrier.code());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private @Nullable String secretOf(Carrier carrier) {
        String secret = settings.carrierWebhookSecrets() == null ? null : settings.carrierWebhookSecrets().get(carrier.code());
        return secret == null || secret.isBlank() ? null : secret;
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field) || node.get(field).asString().isBlank()) {
            throw dev.agora.kernel.validation.InvalidInputException.of(field, "fulfillment.webhook.field", "Missing " + field);
        }
        return node.get(field).asString();
    }
}
