package dev.agora.notifications.internal.api;

import dev.agora.kernel.web.ApiController;
import dev.agora.notifications.internal.WebhookDeliveries;
import dev.agora.notifications.internal.Webhooks;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/admin/webhooks} (operators only, by the security configuration): endpoints and their delivery log. */
@ApiController("/api/v1/admin/webhooks")
class WebhooksApi {

    record Registration(String url, List<String> eventTypes) {}

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;

    WebhooksApi(Webhooks webhooks, WebhookDeliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    /** The answer carries the signing secret; it is shown only here. */
    @PostMapping
    ResponseEntity<Webhooks.Registered> register(@RequestBody Registration registration) {
        Webhooks.Registered registered = webhooks.register(registration.url(), registration.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/admin/webhooks/" + registered.webhook().id())).body(registered);
    }

    @GetMapping
    List<Webhooks.Webhook> all() {
        return webhooks.all();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        return webhooks.remove(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDeliveries.Delivery> log(@PathVariable UUID id) {
        return deliveries.log(id);
    }

    @PostMapping("/deliveries/{deliveryId}/replay")
    ResponseEntity<Void> replay(@PathVariable UUID deliveryId) {
        return deliveries.replay(deliveryId) ? ResponseEntity.accepted().build() : ResponseEntity.notFound().build();
    }
}
