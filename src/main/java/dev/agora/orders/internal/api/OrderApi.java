package dev.agora.orders.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.idempotency.Idempotent;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.ListingId;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.net.URI;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/orders}: quote (no side effect), place (Idempotency-Key required), read, transitions. */
@ApiController("/api/v1")
class OrderApi {

    private final OrderManagement orders;

    OrderApi(OrderManagement orders) {
        this.orders = orders;
    }

    /**
     * {@code slot}: the chosen slot's start (e.g. {@code 2026-12-08T18:00}) for services booked by slots;
     * {@code startsAt}: when a rental or service starts (its cancellation policy counts from it).
     */
    record OrderRequest(@Nullable String listingId, @Nullable Long quantity, @Nullable String promoCode,
            @Nullable String paymentMethod, @Nullable DeliveryRequest delivery, @Nullable String slot,
            java.time.@Nullable Instant startsAt) {

        PlaceOrder command() {
            if (listingId == null || listingId.isBlank()) {
                throw InvalidInputException.of("listingId", "orders.listing.required", "Name the listing");
            }
            return new PlaceOrder(ListingId.of(listingId), quantity == null ? 1 : quantity, promoCode, paymentMethod,
                    delivery == null ? null : delivery.choice(), dev.agora.orders.internal.web.SlotParam.parse(slot), startsAt);
        }
    }

    /** The delivery choice: {@code method} COURIER, MEETUP, SHIPPING or NONE; the courier also needs the address. */
    record DeliveryRequest(@Nullable String method, @Nullable String address, @Nullable String city,
            @Nullable String postalCode) {

        DeliveryChoice choice() {
            try {
                return new DeliveryChoice(DeliveryMethod.valueOf(String.valueOf(method).strip().toUpperCase(java.util.Locale.ROOT)),
                        address, city, postalCode);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("delivery.method", "orders.delivery.method",
                        "Choose COURIER, MEETUP, SHIPPING or NONE");
            }
        }
    }

    @PostMapping("/orders/quote")
    OrderJson.QuoteJson quote(@AuthenticationPrincipal @Nullable Member me, @RequestBody OrderRequest request) {
        return OrderJson.QuoteJson.of(orders.quote(signedIn(me).id(), request.command()));
    }

    @Idempotent
    @PostMapping("/orders")
    ResponseEntity<OrderJson> place(@AuthenticationPrincipal @Nullable Member me, @RequestBody OrderRequest request) {
        OrderView order = orders.place(signedIn(me).id(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(OrderJson.of(order));
    }

    @GetMapping("/orders/{id}")
    OrderJson read(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        Member member = signedIn(me);
        return found(() -> OrderJson.of(orders.find(member.id(), member.isOperator(), OrderId.of(id))));
    }

    @PostMapping("/orders/{id}/transitions/{name}")
    OrderJson transition(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @PathVariable String name) {
        Member member = signedIn(me);
        return found(() -> OrderJson.of(orders.transition(member.id(), member.isOperator(), OrderId.of(id), name)));
    }

    private static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }
}
