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

    /**
     * orders-lean: the order locked, then its lines and steps in one query (two lazy loads less) for a transition
     * that appends a step and builds a view. Read after the lock, so they are current. (A lock clause on the joined
     * query itself makes Hibernate read first and lock in a second statement, which would read them unlocked.)
     */
    default Optional<Order> lockWithLinesAndStepsById(UUID id) {
        Optional<Order> locked = lockById(id);
        locked.ifPresent(order -> findWithLinesAndStepsById(id)); // fills the managed order's two collections
        return locked;
    }

    /**
     * perf (issue 6): the order with its lines and steps in one query instead of three; both lists are indexed
     * ({@code @OrderColumn}), so fetching them together is allowed and the row product is small (lines × steps).
     * orders-cpu: fetch joins in the query, not an entity graph: Hibernate does not cache the SQL plan of a query
     * with an entity graph and translated it again on every call (a quarter of the JVM's CPU samples per order).
     */
    @Query("select o from Order o left join fetch o.lines left join fetch o.steps where o.id = :id")
    Optional<Order> findWithLinesAndStepsById(UUID id);

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
