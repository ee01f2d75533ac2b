package dev.agora.fulfillment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HandoffRepository extends JpaRepository<Handoff, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from Handoff h where h.orderId = ?1")
    Optional<Handoff> lockById(UUID orderId);

    Optional<Handoff> findByCarrierAndTrackingNumber(String carrier, String trackingNumber);
}
