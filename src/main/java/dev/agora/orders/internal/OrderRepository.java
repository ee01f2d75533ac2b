package dev.agora.orders.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lockById(UUID id);

    List<Order> findTop100ByBuyerIdOrderByPlacedAtDesc(UUID buyerId);

    List<Order> findTop100BySellerIdOrderByPlacedAtDesc(UUID sellerId);

    // --- payouts helper: the operator's order list
    @Query("""
            select o from Order o where (:state is null or o.state = :state)
              and (:ref is null or o.id = :ref or o.buyerId = :ref or o.sellerId = :ref)
            order by o.placedAt desc""")
    List<Order> search(String state, UUID ref, org.springframework.data.domain.Limit limit);
    // --- end payouts helper
}
