package dev.agora.messaging.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.ListingId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationNotFoundException;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.messaging.SendOutcome;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/conversations}: start, list, read and send; block and report; an order's conversation. */
@ApiController("/api/v1")
class ConversationsApi {

    record Start(String listingId) {}

    record Send(String body) {}

    record Report(String reason) {}

    record Sent(Json.Message message, List<String> maskedKinds, boolean warned) {}

    private final MessagingManagement messaging;

    ConversationsApi(MessagingManagement messaging) {
        this.messaging = messaging;
    }

    @PostMapping("/conversations")
    ResponseEntity<Json.Conversation> start(@AuthenticationPrincipal @Nullable Member me, @RequestBody Start start) {
        ConversationView conversation = messaging.start(signedIn(me).id(), ListingId.of(start.listingId()));
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation.id())).body(Json.Conversation.of(conversation));
    }

    /** The member's conversations; {@code orderId} narrows them to that order's (one, opened on first use). */
    @GetMapping("/conversations")
    List<Json.Conversation> inbox(@AuthenticationPrincipal @Nullable Member me,
            @RequestParam(required = false) @Nullable String orderId) {
        if (orderId != null) {
            try {
                return List.of(Json.Conversation.of(messaging.forOrder(signedIn(me).id(), OrderId.of(orderId))));
            } catch (ConversationNotFoundException | OrderNotFoundException notTheirs) {
                return List.of();
            }
        }
        return Json.Conversation.of(messaging.inbox(signedIn(me).id()));
    }

    /** issue 8: the order's conversation for its buyer or seller, opened on first use; others get 404. */
    @GetMapping("/orders/{orderId}/conversation")
    Json.Conversation orderConversation(@AuthenticationPrincipal @Nullable Member me, @PathVariable String orderId) {
        try {
            return Json.Conversation.of(messaging.forOrder(signedIn(me).id(), OrderId.of(orderId)));
        } catch (OrderNotFoundException e) {
            throw new ConversationNotFoundException(orderId);
        }
    }

    @GetMapping("/conversations/{id}")
    Json.Conversation conversation(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return Json.Conversation.of(messaging.conversation(signedIn(me).id(), conversationId(id)));
    }

    /** Messages after the cursor {@code after} (a message's {@code seq}), oldest first; marks them read. */
    @GetMapping("/conversations/{id}/messages")
    List<Json.Message> messages(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestParam(defaultValue = "0") long after) {
        return messaging.read(signedIn(me).id(), conversationId(id), after).stream().map(Json.Message::of).toList();
    }

    @PostMapping("/conversations/{id}/messages")
    ResponseEntity<Sent> send(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody Send send) {
        SendOutcome outcome = messaging.send(signedIn(me).id(), conversationId(id), send.body());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Sent(Json.Message.of(outcome.message()), outcome.maskedKinds().stream().sorted().toList(), outcome.warned()));
    }

    /** An image (multipart field {@code image}) with an optional {@code caption}; anything but an image is a 400. */
    @PostMapping(path = "/conversations/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Send an image (JPEG, PNG or WebP; EXIF removed) with an optional caption")
    ResponseEntity<Sent> sendImage(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @org.springframework.web.bind.annotation.RequestPart("image") org.springframework.web.multipart.MultipartFile image,
            @RequestParam(defaultValue = "") String caption) throws java.io.IOException {
        SendOutcome outcome = messaging.sendImage(signedIn(me).id(), conversationId(id), image.getBytes(), caption);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Sent(Json.Message.of(outcome.message()), outcome.maskedKinds().stream().sorted().toList(), outcome.warned()));
    }

    @PostMapping("/conversations/{id}/block")
    ResponseEntity<Void> block(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        Member member = signedIn(me);
        messaging.block(member.id(), messaging.conversation(member.id(), conversationId(id)).otherThan(member.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/messages/{messageId}/reports")
    ResponseEntity<Void> report(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID messageId,
            @RequestBody Report report) {
        UUID id = messaging.report(signedIn(me).id(), messageId, report.reason());
        return ResponseEntity.created(URI.create("/api/v1/messages/" + messageId + "/reports/" + id)).build();
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ConversationNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such conversation");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }

    private static ConversationId conversationId(String id) {
        try {
            return ConversationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ConversationNotFoundException(id);
        }
    }
}
