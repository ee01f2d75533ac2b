package dev.agora.trust.internal.web;

import static dev.agora.trust.internal.web.DisputePages.found;
import static dev.agora.trust.internal.web.DisputePages.message;
import static dev.agora.trust.internal.web.DisputePages.money;
import static dev.agora.trust.internal.web.DisputePages.uuid;

import dev.agora.fulfillment.PickupEvidence;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.internal.disputes.Dispute;
import dev.agora.trust.internal.disputes.DisputeStatus;
import dev.agora.trust.internal.disputes.Disputes;
import dev.agora.trust.internal.disputes.Outcome;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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

/** {@code /admin/disputes}: open disputes by deadline, each with its timeline, the order's money and a decision form. */
@Controller
class DisputeConsole {

    private final Disputes disputes;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final PickupEvidence pickups;

    DisputeConsole(Disputes disputes, OrderManagement orders, LedgerManagement ledger, PickupEvidence pickups) {
        this.disputes = disputes;
        this.orders = orders;
        this.ledger = ledger;
        this.pickups = pickups;
    }

    @GetMapping("/admin/disputes")
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("disputes", disputes.queue(open, 200).stream()
                .map(d -> new DisputePages.Row(d, orders.get(d.orderId()).listingTitle())).toList());
        model.addAttribute("open", open);
        return "trust/admin-disputes";
    }

    @GetMapping("/admin/disputes/{id}")
    String show(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        Dispute dispute = found(() -> disputes.visible(me.id(), true, uuid(id)));
        var order = orders.get(dispute.orderId());
        model.addAttribute("dispute", dispute);
        model.addAttribute("order", order);
        model.addAttribute("disputeTitle", order.listingTitle());
        model.addAttribute("steps", disputes.timeline(dispute.id()));
        model.addAttribute("escrow", ledger.escrowOf(dispute.orderId().toString(), dispute.currency()));
        model.addAttribute("photoBase", "/me/disputes/" + dispute.id() + "/photos/");
        model.addAttribute("pickup", pickups.pickupOf(dispute.orderId()).orElse(null)); // issue 9: courier evidence
        model.addAttribute("outcomes", dispute.status() == DisputeStatus.RETURN_REQUESTED ? List.<Outcome>of()
                : List.of(Outcome.FULL_REFUND, Outcome.PARTIAL_REFUND, Outcome.RETURN_AND_REFUND, Outcome.RELEASE));
        return "trust/admin-dispute";
    }

    @PostMapping("/admin/disputes/{id}/decision")
    String decide(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String amount, @RequestParam(defaultValue = "") String reason, Model model) {
        UUID dispute = uuid(id);
        try {
            Outcome chosen = outcome == null ? null : Outcome.valueOf(outcome);
            if (chosen == null) {
                throw InvalidInputException.of("outcome", "trust.dispute.outcome", "Choose an outcome");
            }
            Dispute current = disputes.visible(me.id(), true, dispute);
            disputes.decide(me.id(), dispute, chosen,
                    chosen == Outcome.PARTIAL_REFUND ? money(amount, current) : null, reason);
            return "redirect:/admin/disputes/" + id;
        } catch (InvalidInputException | IllegalArgumentException e) {
            show(me, id, model);
            model.addAttribute("error", message(e));
            return "trust/admin-dispute";
        }
    }

    /** A courier pickup photo of the disputed order, for staff only (the console's security rule). */
    @GetMapping("/admin/disputes/{id}/pickup-photos/{number}")
    ResponseEntity<byte[]> pickupPhoto(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable int number) {
        Dispute dispute = found(() -> disputes.visible(me.id(), true, uuid(id)));
        var blob = pickups.photo(dispute.orderId(), number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore()).body(blob.content());
    }

    @PostMapping("/admin/disputes/{id}/return-received")
    String returnReceived(@AuthenticationPrincipal Member me, @PathVariable String id) {
        disputes.returnReceived(me.id(), true, uuid(id));
        return "redirect:/admin/disputes/" + id;
    }
}
