package dev.agora.orders.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Checkout, the order page per role, my purchases and my sales (the balance is {@link BalancePage}). */
@Controller
class OrderPages {

    private final OrderManagement orders;
    private final ListingManagement listings;
    private final dev.agora.listings.ServiceSlots slots;
    private final java.time.Clock clock;
    private final dev.agora.listings.CancellationPolicies policies;
    private final dev.agora.kernel.time.MarketTime market; // orders-gaps: form times are market times

    OrderPages(OrderManagement orders, ListingManagement listings,
            dev.agora.listings.ServiceSlots slots, java.time.Clock clock,
            dev.agora.listings.CancellationPolicies policies, dev.agora.kernel.time.MarketTime market) {
        this.market = market;
        this.policies = policies;
        this.slots = slots;
        this.clock = clock;
        this.orders = orders;
        this.listings = listings;
    }

    @GetMapping("/orders/checkout/{listingId}")
    String checkout(@AuthenticationPrincipal Member me, @PathVariable String listingId,
            @RequestParam(defaultValue = "1") long quantity, @RequestParam(required = false) @Nullable String promoCode,
            @RequestParam(required = false) @Nullable String slot,
            @RequestParam(required = false) @Nullable String startsAt, DeliveryForm delivery, Model model) {
        var listing = listings.findVisible(ListingId.of(listingId)).orElseThrow(() -> new ListingNotFoundException(listingId));
        var offered = DeliveryForm.offered(listing);
        var choice = delivery.choice(offered, listing);
        model.addAttribute("listing", listing);
        if (listing.type() != dev.agora.listings.ListingType.ITEM) {
            model.addAttribute("cancellationPolicy", policies.of(listing.id()).name());
        }
        model.addAttribute("quantity", quantity);
        model.addAttribute("promoCode", promoCode);
        model.addAttribute("slot", slot);
        model.addAttribute("startsAt", startsAt);
        if (listing.type() == dev.agora.listings.ListingType.SERVICE
                && listing.bookingMode() == dev.agora.listings.BookingMode.SLOTS) {
            // today in the market's zone (slot times are local to it); openings leaves out what has started
            java.time.LocalDate from = market.today();
            model.addAttribute("openings", slots.openings(listing.id(), from, from.plusDays(15)).stream()
                    .filter(o -> !o.full()).limit(40).toList());
        }
        model.addAttribute("deliveryMethods", offered);
        model.addAttribute("delivery", choice);
        try {
            // orders-gaps: the quote checks availability for the chosen slot or start (stock, booked days, full slots)
            model.addAttribute("quote", orders.quote(me.id(), new PlaceOrder(listing.id(), quantity, promoCode, null, choice,
                    SlotParam.parse(slot), StartsAtParam.parse(startsAt, market))));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.errors().getFirst().message());
        }
        return "orders/checkout";
    }

    @PostMapping("/orders/checkout/{listingId}")
    String place(@AuthenticationPrincipal Member me, @PathVariable String listingId,
            @RequestParam(defaultValue = "1") long quantity, @RequestParam(required = false) @Nullable String promoCode,
            @RequestParam(required = false) @Nullable String card, @RequestParam(required = false) @Nullable String slot,
            @RequestParam(required = false) @Nullable String startsAt,
            DeliveryForm delivery, Model model) {
        try {
            var listing = listings.findVisible(ListingId.of(listingId)).orElseThrow(() -> new ListingNotFoundException(listingId));
            var choice = delivery.choice(DeliveryForm.offered(listing), listing);
            OrderView order = orders.place(me.id(), new PlaceOrder(ListingId.of(listingId), quantity, promoCode, card, choice,
                    SlotParam.parse(slot), StartsAtParam.parse(startsAt, market)));
            return "redirect:/orders/" + order.id();
        } catch (InvalidInputException e) {
            checkout(me, listingId, quantity, promoCode, slot, startsAt, delivery, model);
            model.addAttribute("error", e.errors().getFirst().message());
            return "orders/checkout";
        }
    }

    @GetMapping("/orders/{id}")
    String order(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        OrderView order = found(() -> orders.find(me.id(), me.isOperator(), OrderId.of(id)));
        model.addAttribute("order", order);
        model.addAttribute("asBuyer", order.buyerId().equals(me.id()));
        model.addAttribute("asSeller", order.sellerId().equals(me.id()));
        return "orders/order";
    }

    @PostMapping("/orders/{id}/transitions/{name}")
    String transition(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String name, Model model) {
        try {
            found(() -> orders.transition(me.id(), me.isOperator(), OrderId.of(id), name));
            return "redirect:/orders/" + id;
        } catch (InvalidInputException e) {
            order(me, id, model);
            model.addAttribute("error", e.errors().getFirst().message());
            return "orders/order";
        }
    }

    @GetMapping("/me/purchases")
    String purchases(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("orders", orders.purchasesOf(me.id()));
        model.addAttribute("kind", "purchases");
        return "orders/list";
    }

    @GetMapping("/me/sales")
    String sales(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("orders", orders.salesOf(me.id()));
        model.addAttribute("kind", "sales");
        return "orders/list";
    }

    private static OrderView found(java.util.function.Supplier<OrderView> read) {
        try {
            return read.get();
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
