package dev.agora.fulfillment.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface RentalReturnRepository extends JpaRepository<RentalReturn, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RentalReturn r where r.orderId = ?1")
    Optional<RentalReturn> lockById(UUID id);
}
