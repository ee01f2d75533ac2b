package dev.agora.orders.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.idempotency.Idempotent;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/orders/{id}/refunds}: a partial refund by the seller or an operator (Idempotency-Key). */
@ApiController("/api/v1")
class RefundApi {

    private final OrderManagement orders;

    RefundApi(OrderManagement orders) {
        this.orders = orders;
    }

    /** @param amount a decimal string in the order's currency, e.g. "12.50" */
    record RefundRequest(@Nullable String amount, @Nullable String reason) {}

    @Operation(summary = "Refunds part of an order still in escrow (less than captured minus refunded), or up to all that is"
            + " left of a completed order after release (seller's available money, buyer protection as the seller's debt);"
            + " seller or operator")
    @Idempotent
    @PostMapping("/orders/{id}/refunds")
    OrderJson refund(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestHeader("Idempotency-Key") String key, @RequestBody RefundRequest request) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        OrderId orderId = OrderId.of(id);
        try {
            var current = orders.find(me.id(), me.isOperator(), orderId);
            Money amount;
            try {
                amount = Money.of(new BigDecimal(String.valueOf(request.amount()).strip()), current.quote().buyerTotal().currency());
            } catch (RuntimeException e) {
                throw InvalidInputException.of("amount", "orders.refund.amount", "Give the amount as a decimal, e.g. 12.50");
            }
            String shortKey = key.length() > 60 ? Integer.toHexString(key.hashCode()) + key.substring(key.length() - 40) : key;
            return OrderJson.of(orders.refund(me.id(), me.isOperator(), orderId, amount,
                    request.reason() == null ? "" : request.reason(), shortKey));
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
