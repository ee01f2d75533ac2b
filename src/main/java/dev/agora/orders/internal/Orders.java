package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.orders.Quote;
import dev.agora.payments.PaymentAuthorised;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The orders module's API, delegating to checkout and transitions. */
@Service
class Orders implements OrderManagement {

    private final OrderCheckout checkout;
    private final OrderTransitions transitions;
    private final OrderRepository orders;
    private final OrderViews views;
    private final TransactionTemplate readOnly;
    private final OrderRefunds refunds;
    private final PlatformTransactionManager transactions;

    Orders(OrderCheckout checkout, OrderTransitions transitions, OrderRepository orders, OrderViews views,
            PlatformTransactionManager transactions, OrderRefunds refunds) {
        this.refunds = refunds;
        this.transactions = transactions;
        this.checkout = checkout;
        this.transitions = transitions;
        this.orders = orders;
        this.views = views;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Quote quote(AccountId buyer, PlaceOrder order) {
        return checkout.quote(buyer, order);
    }

    @Override
    public OrderView place(AccountId buyer, PlaceOrder order) {
        var placed = checkout.place(buyer, order);
        return placed.view() != null ? placed.view() : find(buyer, false, placed.id());
    }

    @Override
    public OrderView find(AccountId viewer, boolean operator, OrderId id) {
        return readOnly.execute(status -> {
            Order order = orders.findWithLinesAndStepsById(id.value()).filter(o -> !o.rolesOf(viewer, operator).isEmpty())
                    .orElseThrow(() -> new OrderNotFoundException(id.toString()));
            return views.of(order, viewer, operator);
        });
    }

    @Override
    public OrderView transition(AccountId viewer, boolean operator, OrderId id, String name) {
        return transitions.byViewer(viewer, operator, id, name);
    }

    // --- issue 7: rental returns
    @Override
    public OrderView returnRental(OrderId id, dev.agora.kernel.money.Money lateFee) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> orders.lockById(id.value())
                .orElseThrow(() -> new OrderNotFoundException(id.toString())).lateFee(lateFee));
        return transitions.byPlatform(id, "returned");
    }
    // --- end issue 7

    @Override
    public OrderView transitionAsPlatform(OrderId id, String name) {
        return transitions.byPlatform(id, name);
    }

    @Override
    public OrderView get(OrderId id) {
        return find(OrderViews.PLATFORM, true, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderView> purchasesOf(AccountId buyer) {
        return orders.findTop100ByBuyerIdOrderByPlacedAtDesc(buyer.value()).stream().map(o -> views.of(o, buyer, false)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderView> salesOf(AccountId seller) {
        return orders.findTop100BySellerIdOrderByPlacedAtDesc(seller.value()).stream().map(o -> views.of(o, seller, false)).toList();
    }

    // --- payouts helper
    @Override
    public OrderView refund(AccountId viewer, boolean operator, OrderId id, dev.agora.kernel.money.Money amount,
            String reason, String key) {
        refunds.refund(viewer, operator, id, amount, reason, key);
        return find(viewer, operator, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderView> search(@org.jspecify.annotations.Nullable String state,
            @org.jspecify.annotations.Nullable String query, int limit) {
        UUID ref = null;
        if (query != null && !query.isBlank()) {
            try {
                ref = UUID.fromString(query.strip());
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }
        String wanted = state == null || state.isBlank() ? null : state.strip();
        return orders.search(wanted, ref, org.springframework.data.domain.Limit.of(Math.clamp(limit, 1, 500))).stream()
                .map(o -> views.of(o, OrderViews.PLATFORM, true)).toList();
    }
    // --- end payouts helper

    /** An authentication step completed after checkout: carry on as if the card had been authorised at once. */
    @ApplicationModuleListener
    void on(PaymentAuthorised event) {
        try {
            checkout.authorised(new OrderId(UUID.fromString(event.orderRef())));
        } catch (IllegalArgumentException notAnOrder) {
            // another module's payment
        }
    }
}
