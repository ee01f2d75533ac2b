package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.Actor;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.RefundGranted;
import org.springframework.context.ApplicationEventPublisher;
import dev.agora.orders.internal.process.Action;
import dev.agora.orders.internal.process.ProcessCatalog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partial refunds: the seller or an operator gives part of the money back while it is in escrow, or (issue 6) any
 * part up to what is left of a completed order whose money was released (seller's available money first, buyer
 * protection fronting the rest as the seller's debt). Like a transition it checks in a read, refunds through payments
 * outside any transaction (key derived from the caller's, so a retry refunds once; the ledger refuses more than the
 * escrow holds or the release gave out), then records it on the locked order with a {@link RefundGranted} event.
 */
@Component
class OrderRefunds {

    private final OrderRepository orders;
    private final ProcessCatalog processes;
    private final PaymentSteps payments;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrderRefunds(OrderRepository orders, ProcessCatalog processes, PaymentSteps payments, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.processes = processes;
        this.payments = payments;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void refund(AccountId viewer, boolean operator, OrderId id, Money amount, String reason, String key) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "orders.refund.reason", "Say why you refund");
        }
        if (key == null || key.isBlank() || key.length() > 60) {
            throw InvalidInputException.of("key", "orders.refund.key", "A refund needs an idempotency key (≤ 60 characters)");
        }
        String refundKey = "order:" + id + ":partial-refund:" + key;
        if (recorded(refundKey)) {
            return; // a replay
        }
        boolean[] afterRelease = {false};
        Actor actor = tx.execute(status -> {
            Order order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            Set<Actor> roles = order.rolesOf(viewer, operator);
            if (roles.isEmpty() || roles.equals(Set.of(Actor.BUYER))) {
                throw roles.isEmpty() ? new OrderNotFoundException(id.toString())
                        : InvalidInputException.of("amount", "orders.refund.not-yours", "Only the seller or an operator refunds");
            }
            var process = processes.get(order.processName(), order.processVersion());
            // --- issue 6: a completed order's money was released: refund after release, all of what is left allowed
            if (order.state().equals("completed")) {
                if (!amount.currency().equals(order.buyerTotal().currency()) || !amount.isPositive()
                        || amount.isGreaterThan(order.refundable())) {
                    throw InvalidInputException.of("amount", "orders.refund.above-released",
                            "Refund more than 0 and at most " + order.refundable());
                }
                afterRelease[0] = true;
                return roles.contains(Actor.OPERATOR) ? Actor.OPERATOR : Actor.SELLER;
            }
            // --- end issue 6
            boolean inEscrow = process.from(order.state()).stream().anyMatch(t -> t.actions().contains(Action.REFUND));
            if (!inEscrow || process.isFinal(order.state())) {
                throw InvalidInputException.of("amount", "orders.refund.not-now",
                        "Nothing can be refunded while the order is " + order.state());
            }
            if (!amount.currency().equals(order.buyerTotal().currency()) || !amount.isPositive()
                    || !order.refundable().isGreaterThan(amount)) {
                throw InvalidInputException.of("amount", "orders.refund.above-refundable",
                        "Refund more than 0 and less than " + order.refundable() + " (a full refund is the refund action)");
            }
            return roles.contains(Actor.OPERATOR) ? Actor.OPERATOR : Actor.SELLER;
        });
        Order current = tx.execute(status -> orders.findById(id.value()).orElseThrow());
        if (afterRelease[0]) {
            payments.refundAfterRelease(OrderSnapshot.of(current), refundKey, amount, reason.strip());
        } else {
            payments.partialRefund(OrderSnapshot.of(current), refundKey, amount, reason.strip());
        }
        tx.executeWithoutResult(status -> {
            if (recorded(refundKey)) {
                return;
            }
            Order order = orders.lockById(id.value()).orElseThrow();
            order.refunded(amount);
            jdbc.sql("INSERT INTO order_refund (id, order_id, amount_minor, currency, actor, reason, refunded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(refundKey, id.value(), amount.minorUnits(), amount.currencyCode(), actor.name(),
                            reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip(),
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            events.publishEvent(new RefundGranted(id, viewer, actor == Actor.OPERATOR, amount, afterRelease[0],
                    reason.strip(), clock.instant()));
        });
    }

    private boolean recorded(String refundKey) {
        return jdbc.sql("SELECT COUNT(*) FROM order_refund WHERE id = ?").param(refundKey).query(Long.class).single() > 0;
    }
}
