package dev.agora.fulfillment.internal.api;

import dev.agora.fulfillment.internal.CarrierWebhooks;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/** Carriers post tracking events here, signed with HMAC-SHA256 over the raw body (see docs/fulfillment.md). */
@ApiController("/api/v1")
@Tag(name = "Fulfillment")
class CarrierWebhookApi {

    private final CarrierWebhooks webhooks;

    CarrierWebhookApi(CarrierWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "A carrier's tracking event {eventId, trackingNumber, status: IN_TRANSIT|OUT_FOR_DELIVERY|"
            + "DELIVERED|EXCEPTION, detail}; header X-Agora-Signature: sha256=<hex HMAC>. A bad signature is 401.")
    @PostMapping("/carriers/{carrier}/webhook")
    ResponseEntity<Void> receive(@PathVariable String carrier, @RequestBody byte[] body,
            @RequestHeader(name = CarrierWebhooks.SIGNATURE_HEADER, required = false) @Nullable String signature) {
        if (!webhooks.receive(carrier, body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Bad signature");
        }
        return ResponseEntity.noContent().build();
    }
}
