package dev.agora.fulfillment.internal.web;

import dev.agora.fulfillment.internal.Carrier;
import dev.agora.fulfillment.internal.HandoffView;
import dev.agora.fulfillment.internal.CarrierTracking;
import dev.agora.fulfillment.internal.CourierWindows;
import dev.agora.fulfillment.internal.Handoffs;
import dev.agora.fulfillment.internal.MeetupCodes;
import dev.agora.identity.Member;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The handoff page of an order: the seller's hand-over flow (pickup window, meetup code, shipment), the buyer's
 * tracking (handoff code, delivery window, timeline); staff see the timeline and proof.
 */
@Controller
class HandoffPages {

    private final Handoffs handoffs;
    private final CourierWindows windows;
    private final MeetupCodes meetups;
    private final CarrierTracking shipping;
    private final BlobStorage blobs;

    HandoffPages(Handoffs handoffs, CourierWindows windows, MeetupCodes meetups, CarrierTracking shipping, BlobStorage blobs) {
        this.handoffs = handoffs;
        this.windows = windows;
        this.meetups = meetups;
        this.shipping = shipping;
        this.blobs = blobs;
    }

    @GetMapping("/orders/{id}/handoff")
    String page(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        HandoffView handoff = found(() -> handoffs.view(me, OrderId.of(id)));
        model.addAttribute("handoff", handoff);
        model.addAttribute("carriers", Carrier.values());
        if (handoff.method().name().equals("COURIER")) {
            model.addAttribute("pickupWindows", windows.pickupWindows(OrderId.of(id)));
            model.addAttribute("deliveryWindows", windows.deliveryWindows(OrderId.of(id)));
        }
        return "fulfillment/handoff";
    }

    @PostMapping("/orders/{id}/handoff/pickup-window")
    String pickup(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String window,
            Model model) {
        return act(me, id, model, () -> windows.bookPickup(me, OrderId.of(id), window));
    }

    @PostMapping("/orders/{id}/handoff/delivery-window")
    String delivery(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String window,
            Model model) {
        return act(me, id, model, () -> windows.bookDelivery(me, OrderId.of(id), window));
    }

    @PostMapping("/orders/{id}/handoff/code")
    String code(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String code,
            Model model) {
        return act(me, id, model, () -> meetups.meetupCode(me, OrderId.of(id), code));
    }

    @PostMapping("/orders/{id}/handoff/shipment")
    String shipment(@AuthenticationPrincipal Member me, @PathVariable String id,
            @RequestParam(defaultValue = "") String carrier, @RequestParam(defaultValue = "") String trackingNumber,
            Model model) {
        return act(me, id, model, () -> shipping.ship(me, OrderId.of(id), carrier, trackingNumber));
    }

    /** Proof photos of a pickup, for the order's parties and staff. */
    @GetMapping("/orders/{id}/handoff/photos/{jobId}/{n}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String jobId,
            @PathVariable int n) {
        found(() -> handoffs.view(me, OrderId.of(id)));
        var blob = blobs.get("fulfillment/" + OrderId.of(id) + "/" + java.util.UUID.fromString(jobId) + "/" + n + ".jpg")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(blob.content());
    }

    private String act(Member me, String id, Model model, Supplier<HandoffView> action) {
        try {
            found(action);
            return "redirect:/orders/" + id + "/handoff";
        } catch (InvalidInputException e) {
            page(me, id, model);
            model.addAttribute("error", e.errors().getFirst().message());
            model.addAttribute("errorField", e.errors().getFirst().field());
            return "fulfillment/handoff";
        }
    }

    static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

}
