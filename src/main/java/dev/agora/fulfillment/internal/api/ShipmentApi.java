package dev.agora.fulfillment.internal.api;

import dev.agora.fulfillment.internal.HandoffView;
import dev.agora.fulfillment.internal.CarrierTracking;
import dev.agora.fulfillment.internal.CourierWindows;
import dev.agora.fulfillment.internal.Handoffs;
import dev.agora.fulfillment.internal.MeetupCodes;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** An order's handoff: read it, register a shipment, prove a meetup with the buyer's code. */
@ApiController("/api/v1")
@Tag(name = "Fulfillment")
class ShipmentApi {

    private final Handoffs handoffs;
    private final CourierWindows windows;
    private final MeetupCodes meetups;
    private final CarrierTracking shipping;

    ShipmentApi(Handoffs handoffs, CourierWindows windows, MeetupCodes meetups, CarrierTracking shipping) {
        this.handoffs = handoffs;
        this.windows = windows;
        this.meetups = meetups;
        this.shipping = shipping;
    }

    record ShipmentRequest(@Nullable String carrier, @Nullable String trackingNumber) {}

    record CodeRequest(@Nullable String code) {}

    record WindowRequest(@Nullable String window) {}

    @Operation(summary = "The order's handoff: method, status, carrier and tracking number, courier jobs, timeline "
            + "(the buyer also sees their handoff code)")
    @GetMapping("/orders/{id}/shipment")
    HandoffView read(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return FulfillmentApiSupport.found(() -> handoffs.view(FulfillmentApiSupport.signedIn(me), OrderId.of(id)));
    }

    @Operation(summary = "The seller registers the shipment; the tracking number must have the carrier's format "
            + "(dhl, dpd, ups, hermes, gls, sandbox)")
    @PostMapping("/orders/{id}/shipment")
    HandoffView ship(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody ShipmentRequest request) {
        Member member = FulfillmentApiSupport.signedIn(me);
        return FulfillmentApiSupport.found(() -> shipping.ship(member, OrderId.of(id), String.valueOf(request.carrier()),
                String.valueOf(request.trackingNumber())));
    }

    @Operation(summary = "The seller enters the buyer's 6-digit code at the meetup; 5 wrong codes lock it")
    @PostMapping("/orders/{id}/handoff")
    HandoffView handoff(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody CodeRequest request) {
        Member member = FulfillmentApiSupport.signedIn(me);
        return FulfillmentApiSupport.found(() -> meetups.meetupCode(member, OrderId.of(id),
                request.code() == null ? "" : request.code()));
    }

    @Operation(summary = "Courier delivery: the seller books the pickup window (e.g. 2026-12-02T9)")
    @PostMapping("/orders/{id}/shipment/pickup-window")
    HandoffView pickupWindow(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestBody WindowRequest request) {
        Member member = FulfillmentApiSupport.signedIn(me);
        return FulfillmentApiSupport.found(() -> windows.bookPickup(member, OrderId.of(id), String.valueOf(request.window())));
    }

    @Operation(summary = "Courier delivery: the buyer books the delivery window, after the pickup window")
    @PostMapping("/orders/{id}/shipment/delivery-window")
    HandoffView deliveryWindow(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestBody WindowRequest request) {
        Member member = FulfillmentApiSupport.signedIn(me);
        return FulfillmentApiSupport.found(() -> windows.bookDelivery(member, OrderId.of(id), String.valueOf(request.window())));
    }
}
