package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;

/** What payment steps need of an order, read inside a transaction and used after it. */
record OrderSnapshot(String ref, String sellerRef, Money total, Money commission, Money platformFee, boolean authorised) {

    static OrderSnapshot of(Order order) {
        return new OrderSnapshot(order.id().toString(), order.sellerId().toString(), order.buyerTotal(), order.commission(),
                order.platformFee(), order.isAuthorised());
    }
}
