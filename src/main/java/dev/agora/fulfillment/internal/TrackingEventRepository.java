package dev.agora.fulfillment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingEventRepository extends JpaRepository<TrackingEvent, UUID> {

    List<TrackingEvent> findByOrderIdOrderByOccurredAtAsc(UUID orderId);

    boolean existsByOrderIdAndExternalId(UUID orderId, String externalId);
}
