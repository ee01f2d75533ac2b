package dev.agora.trust.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.idempotency.Idempotent;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.trust.internal.StaffRoles;
import dev.agora.trust.internal.disputes.Dispute;
import dev.agora.trust.internal.disputes.DisputeKind;
import dev.agora.trust.internal.disputes.Disputes;
import dev.agora.trust.internal.disputes.Evidence;
import dev.agora.trust.internal.disputes.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/disputes}: the buyer opens, both parties answer and add evidence, staff decide. */
@ApiController("/api/v1")
@Tag(name = "Disputes")
class DisputesApi {

    private final Disputes disputes;

    DisputesApi(Disputes disputes) {
        this.disputes = disputes;
    }

    record OpenRequest(@Nullable String orderId, @Nullable String kind, @Nullable String text) {}

    record AnswerRequest(@Nullable String answer, @Nullable String amount, @Nullable String text) {}

    record DecisionRequest(@Nullable String outcome, @Nullable String amount, @Nullable String reason) {}

    @Operation(summary = "Your disputes (staff: all open ones with ?all=true)")
    @GetMapping("/disputes")
    List<DisputeJson> list(@AuthenticationPrincipal @Nullable Member me, @RequestParam(defaultValue = "false") boolean all) {
        Member member = signedIn(me);
        List<Dispute> found = all && StaffRoles.moderates(member) ? disputes.queue(true, 200) : disputes.ofMember(member.id());
        return found.stream().map(d -> DisputeJson.of(d, List.of())).toList();
    }

    @Operation(summary = "Open a dispute while you inspect an order",
            description = "kind: NOT_RECEIVED, NOT_AS_DESCRIBED or DAMAGED. The escrow is held until the dispute is decided.")
    @Idempotent
    @PostMapping("/disputes")
    ResponseEntity<DisputeJson> open(@AuthenticationPrincipal @Nullable Member me, @RequestBody OpenRequest request) {
        Member member = signedIn(me);
        if (request.orderId() == null) {
            throw InvalidInputException.of("orderId", "trust.dispute.order-required", "Name the order");
        }
        Dispute dispute = found(() -> disputes.open(member.id(), OrderId.of(request.orderId()), kind(request.kind()),
                request.text() == null ? "" : request.text(), List.of()));
        return ResponseEntity.created(URI.create("/api/v1/disputes/" + dispute.id()))
                .body(DisputeJson.of(dispute, disputes.timeline(dispute.id())));
    }

    @Operation(summary = "A dispute with its timeline (parties and staff)")
    @GetMapping("/disputes/{id}")
    DisputeJson read(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        Member member = signedIn(me);
        Dispute dispute = found(() -> disputes.visible(member.id(), StaffRoles.moderates(member), uuid(id)));
        return DisputeJson.of(dispute, disputes.timeline(dispute.id()));
    }

    @Operation(summary = "Add a message with evidence photos (multipart: text, photos)")
    @PostMapping(path = "/disputes/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DisputeJson message(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestParam String text,
            @RequestParam(required = false) @Nullable List<MultipartFile> photos) {
        Member member = signedIn(me);
        found(() -> {
            disputes.comment(member.id(), StaffRoles.moderates(member), uuid(id), text, Evidence.photos(photos));
            return null;
        });
        return read(me, id);
    }

    @Operation(summary = "The seller answers: accept (full refund), offer (a partial refund of amount) or contest")
    @PostMapping("/disputes/{id}/answer")
    DisputeJson answer(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody AnswerRequest request) {
        Member member = signedIn(me);
        UUID dispute = uuid(id);
        found(() -> {
            switch (request.answer() == null ? "" : request.answer()) {
                case "accept" -> disputes.sellerAccepts(member.id(), dispute);
                case "offer" -> disputes.sellerOffers(member.id(), dispute, amount(dispute, member, request.amount()),
                        request.text() == null ? "" : request.text());
                case "contest" -> disputes.sellerContests(member.id(), dispute, request.text() == null ? "" : request.text(), List.of());
                default -> throw InvalidInputException.of("answer", "trust.dispute.answer", "Answer accept, offer or contest");
            }
            return null;
        });
        return read(me, id);
    }

    @Operation(summary = "The buyer accepts or declines the seller's offer")
    @PostMapping("/disputes/{id}/offer/{answer}")
    DisputeJson offer(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @PathVariable String answer) {
        Member member = signedIn(me);
        found(() -> {
            disputes.buyerAnswersOffer(member.id(), uuid(id), "accept".equals(answer));
            return null;
        });
        return read(me, id);
    }

    @Operation(summary = "The seller or staff confirm a returned item arrived (the buyer is refunded)")
    @PostMapping("/disputes/{id}/return-received")
    DisputeJson returnReceived(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        Member member = signedIn(me);
        found(() -> {
            disputes.returnReceived(member.id(), StaffRoles.moderates(member), uuid(id));
            return null;
        });
        return read(me, id);
    }

    @Operation(summary = "Staff decide: FULL_REFUND, PARTIAL_REFUND (amount), RETURN_AND_REFUND or RELEASE",
            description = "Operators and moderators only; recorded in the audit log with the reason.")
    @PostMapping("/disputes/{id}/decision")
    DisputeJson decide(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody DecisionRequest request) {
        Member member = signedIn(me);
        if (!StaffRoles.moderates(member)) {
            throw new org.springframework.security.access.AccessDeniedException("Operators and moderators decide disputes");
        }
        UUID dispute = uuid(id);
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(request.outcome() == null ? "" : request.outcome());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "trust.dispute.outcome", "Choose an outcome");
        }
        found(() -> {
            disputes.decide(member.id(), dispute, outcome, request.amount() == null ? null : amount(dispute, member, request.amount()),
                    request.reason() == null ? "" : request.reason());
            return null;
        });
        return read(me, id);
    }

    @GetMapping("/disputes/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @PathVariable String photo) {
        Member member = signedIn(me);
        var blob = found(() -> disputes.photo(member.id(), StaffRoles.moderates(member), uuid(id), uuid(photo)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(blob.content());
    }

    static DisputeKind kind(@Nullable String kind) {
        try {
            DisputeKind value = DisputeKind.valueOf(kind == null ? "" : kind);
            if (value.byBuyer()) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw InvalidInputException.of("kind", "trust.dispute.kind", "Choose NOT_RECEIVED, NOT_AS_DESCRIBED or DAMAGED");
    }

    private Money amount(UUID dispute, Member member, @Nullable String amount) {
        return Evidence.amount(amount, disputes.visible(member.id(), StaffRoles.moderates(member), dispute).currency());
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static <T> T found(Supplier<T> action) {
        try {
            return action.get();
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }
}
