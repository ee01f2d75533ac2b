package dev.agora.fulfillment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of an order's tracking timeline (platform steps and carrier events alike); never changed. */
@Entity
@Table(name = "fulfillment_tracking_event")
class TrackingEvent {

    @Id
    private UUID id;
    private UUID orderId;
    private String kind;
    private @Nullable String detail;
    private @Nullable String externalId;
    private Instant occurredAt;

    protected TrackingEvent() {}

    TrackingEvent(UUID orderId, String kind, @Nullable String detail, @Nullable String externalId, Instant at) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.externalId = externalId;
        this.occurredAt = at;
    }

    String kind() { return kind; }
    @Nullable String detail() { return detail; }
    Instant occurredAt() { return occurredAt; }
}
