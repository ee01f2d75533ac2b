package dev.agora.trust.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.trust.internal.StaffRoles;
import dev.agora.trust.internal.disputes.Dispute;
import dev.agora.trust.internal.disputes.DisputeKind;
import dev.agora.trust.internal.disputes.Disputes;
import dev.agora.trust.internal.disputes.Evidence;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The dispute centre for buyers and sellers: open a dispute on an order, follow and answer it. */
@Controller
class DisputePages {

    private final Disputes disputes;
    private final OrderManagement orders;

    DisputePages(Disputes disputes, OrderManagement orders) {
        this.disputes = disputes;
        this.orders = orders;
    }

    @GetMapping("/orders/{id}/dispute")
    String openForm(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        OrderView order = found(() -> orders.find(me.id(), false, OrderId.of(id)));
        var existing = disputes.ofOrder(order.id()).stream().filter(d -> d.status().open()).findFirst();
        if (existing.isPresent()) {
            return "redirect:/me/disputes/" + existing.get().id();
        }
        model.addAttribute("order", order);
        model.addAttribute("kinds", List.of(DisputeKind.NOT_RECEIVED, DisputeKind.NOT_AS_DESCRIBED, DisputeKind.DAMAGED));
        return "trust/dispute-open";
    }

    @PostMapping("/orders/{id}/dispute")
    String open(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable List<MultipartFile> photos,
            Model model) {
        try {
            DisputeKind chosen = kind == null ? DisputeKind.CHARGEBACK : DisputeKind.valueOf(kind);
            Dispute dispute = found(() -> disputes.open(me.id(), OrderId.of(id), chosen, text, Evidence.photos(photos)));
            return "redirect:/me/disputes/" + dispute.id();
        } catch (InvalidInputException | IllegalArgumentException e) {
            openForm(me, id, model);
            model.addAttribute("error", message(e));
            model.addAttribute("text", text);
            model.addAttribute("kind", kind);
            return "trust/dispute-open";
        }
    }

    @GetMapping("/me/disputes")
    String list(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("disputes", disputes.ofMember(me.id()).stream()
                .map(d -> new Row(d, title(d))).toList());
        return "trust/disputes";
    }

    record Row(Dispute dispute, String title) {}

    @GetMapping("/me/disputes/{id}")
    String show(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        Dispute dispute = found(() -> disputes.visible(me.id(), StaffRoles.moderates(me), uuid(id)));
        model.addAttribute("dispute", dispute);
        model.addAttribute("disputeTitle", title(dispute));
        model.addAttribute("steps", disputes.timeline(dispute.id()));
        model.addAttribute("asBuyer", dispute.buyerId().equals(me.id()));
        model.addAttribute("asSeller", dispute.sellerId().equals(me.id()));
        model.addAttribute("photoBase", "/me/disputes/" + dispute.id() + "/photos/");
        return "trust/dispute";
    }

    @PostMapping("/me/disputes/{id}/{step}")
    String act(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String step,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable List<MultipartFile> photos, Model model) {
        UUID dispute = uuid(id);
        try {
            found(() -> {
                switch (step) {
                    case "message" -> disputes.comment(me.id(), StaffRoles.moderates(me), dispute, text, Evidence.photos(photos));
                    case "accept" -> disputes.sellerAccepts(me.id(), dispute);
                    case "offer" -> disputes.sellerOffers(me.id(), dispute, money(amount, disputes.visible(me.id(), false, dispute)), text);
                    case "contest" -> disputes.sellerContests(me.id(), dispute, text, Evidence.photos(photos));
                    case "accept-offer" -> disputes.buyerAnswersOffer(me.id(), dispute, true);
                    case "decline-offer" -> disputes.buyerAnswersOffer(me.id(), dispute, false);
                    case "return-received" -> disputes.returnReceived(me.id(), false, dispute);
                    default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                return null;
            });
            return "redirect:/me/disputes/" + id;
        } catch (InvalidInputException e) {
            show(me, id, model);
            model.addAttribute("error", message(e));
            return "trust/dispute";
        }
    }

    @GetMapping("/me/disputes/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String photo) {
        var blob = found(() -> disputes.photo(me.id(), StaffRoles.moderates(me), uuid(id), uuid(photo)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(blob.content());
    }

    private String title(Dispute dispute) {
        try {
            return orders.get(dispute.orderId()).listingTitle();
        } catch (RuntimeException e) {
            return dispute.orderId().toString();
        }
    }

    static Money money(@Nullable String amount, Dispute dispute) {
        return Evidence.amount(amount, dispute.currency());
    }

    static String message(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.errors().getFirst().message() : "Choose what went wrong";
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
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
