package dev.agora.fulfillment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourierJobRepository extends JpaRepository<CourierJob, UUID> {

    List<CourierJob> findByOrderIdOrderByCreatedAtAsc(UUID orderId);

    List<CourierJob> findByJobDayOrderByCreatedAtAsc(LocalDate day);

    List<CourierJob> findByJobDayBetweenOrderByCreatedAtAsc(LocalDate from, LocalDate to);

    List<CourierJob> findByCourierIdAndJobDayOrderByCreatedAtAsc(UUID courierId, LocalDate day);

    List<CourierJob> findByZoneAndStatusAndJobDayGreaterThanEqual(String zone, CourierJob.Status status, LocalDate from);
}
