package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What payment steps need of an order, read inside a transaction and used after it. */
record OrderSnapshot(String ref, String sellerRef, Money total, Money commission, Money platformFee, boolean authorised,
        Money sellerNet, Money refunded, @Nullable String cancellationPolicy, @Nullable Instant startsAt,
        Money deposit, Money lateFee) {

    static OrderSnapshot of(Order order) {
        return new OrderSnapshot(order.id().toString(), order.sellerId().toString(), order.buyerTotal(), order.commission(),
                order.platformFee(), order.isAuthorised(), order.sellerNet(), order.refunded(), order.cancellationPolicy(),
                order.startsAt(), order.deposit(), order.lateFee());
    }

    Money refundable() {
        return total.minus(refunded);
    }
}
