package dev.agora.messaging.internal.web;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationNotFoundException;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.messaging.SendOutcome;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /inbox}: conversations with unread counts, one conversation, sending with htmx, block and report. */
@Controller
class InboxController {

    private final MessagingManagement messaging;
    private final IdentityManagement identity;
    private final MessageSource messages;

    InboxController(MessagingManagement messaging, IdentityManagement identity, MessageSource messages) {
        this.messaging = messaging;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal Member me, Model model) {
        List<ConversationView> conversations = messaging.inbox(me.id());
        model.addAttribute("conversations", conversations);
        model.addAttribute("names", conversations.stream().map(c -> name(c.otherThan(me.id()))).toList());
        return "messaging/inbox";
    }

    @PostMapping("/l/{listingId}/message")
    String start(@AuthenticationPrincipal @Nullable Member me, @PathVariable String listingId) {
        if (me == null) {
            return "redirect:/login";
        }
        return "redirect:/inbox/" + messaging.start(me.id(), ListingId.of(listingId)).id();
    }

    @GetMapping("/inbox/{id}")
    String conversation(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        ConversationView conversation = messaging.conversation(me.id(), conversationId(id));
        AccountId other = conversation.otherThan(me.id());
        model.addAttribute("conversation", conversation);
        model.addAttribute("messages", messaging.read(me.id(), conversation.id(), 0));
        model.addAttribute("me", me.id());
        model.addAttribute("otherName", name(other));
        model.addAttribute("blocked", messaging.hasBlocked(me.id(), other));
        // issue 8: an order's conversation shows the earlier one about the listing; a listing's links the orders'
        List<ConversationView> related = messaging.related(me.id(), conversation.id());
        model.addAttribute("related", related);
        model.addAttribute("earlier", related.stream().filter(c -> !c.aboutOrder()).findFirst()
                .map(c -> messaging.transcript(me.id(), c.id())).orElse(List.of()));
        return "messaging/conversation";
    }

    /** issue 8: the order's conversation (linked from the order and handoff pages), opened on first use. */
    @GetMapping("/orders/{orderId}/conversation")
    String orderConversation(@AuthenticationPrincipal Member me, @PathVariable String orderId) {
        try {
            return "redirect:/inbox/" + messaging.forOrder(me.id(), OrderId.of(orderId)).id();
        } catch (OrderNotFoundException e) {
            throw new ConversationNotFoundException(orderId);
        }
    }

    /** With htmx the answer is the new message (appended) plus the form reset; without, a redirect. */
    @PostMapping("/inbox/{id}/messages")
    String send(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String body,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        ConversationId conversationId = conversationId(id);
        model.addAttribute("me", me.id());
        model.addAttribute("conversation", messaging.conversation(me.id(), conversationId));
        try {
            SendOutcome outcome = messaging.send(me.id(), conversationId, body);
            model.addAttribute("message", outcome.message());
            model.addAttribute("notice", notice(outcome, locale));
            model.addAttribute("body", "");
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.getMessage("error." + e.errors().getFirst().code(), null,
                    e.errors().getFirst().message(), locale));
            model.addAttribute("body", body);
        }
        if (htmx == null) {
            return "redirect:/inbox/" + id;
        }
        return "messaging/conversation :: sent";
    }

    /** An image with an optional caption (a plain multipart form; the page reloads with it). */
    @PostMapping(path = "/inbox/{id}/attachments")
    String sendImage(@AuthenticationPrincipal Member me, @PathVariable String id,
            @RequestParam(name = "image", required = false) org.springframework.web.multipart.@Nullable MultipartFile image,
            @RequestParam(defaultValue = "") String caption, RedirectAttributes redirect, Locale locale)
            throws java.io.IOException {
        try {
            messaging.sendImage(me.id(), conversationId(id), image == null ? new byte[0] : image.getBytes(), caption);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("attachmentError", messages.getMessage("error." + e.errors().getFirst().code(),
                    null, e.errors().getFirst().message(), locale));
        }
        return "redirect:/inbox/" + id;
    }

    /** Attachments are private: only the conversation's two participants get them (others: 404). */
    @GetMapping("/inbox/{id}/attachments/{attachment}-{size:large|small}.jpg")
    org.springframework.http.ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Member me, @PathVariable String id,
            @PathVariable UUID attachment, @PathVariable String size) {
        return messaging.attachment(me.id(), conversationId(id), attachment, size)
                .map(blob -> org.springframework.http.ResponseEntity.ok()
                        .contentType(org.springframework.http.MediaType.IMAGE_JPEG)
                        .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate())
                        .body(blob.content()))
                .orElseThrow(() -> new ConversationNotFoundException(id));
    }

    @PostMapping("/inbox/{id}/block")
    String block(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "true") boolean block,
            RedirectAttributes redirect) {
        AccountId other = messaging.conversation(me.id(), conversationId(id)).otherThan(me.id());
        if (block) {
            messaging.block(me.id(), other);
        } else {
            messaging.unblock(me.id(), other);
        }
        redirect.addFlashAttribute("flash", block ? "inbox.blocked" : "inbox.unblocked");
        return "redirect:/inbox/" + id;
    }

    @PostMapping("/inbox/{id}/messages/{messageId}/report")
    String report(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable UUID messageId,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        messaging.report(me.id(), messageId, reason.isBlank() ? "reported from the inbox" : reason);
        redirect.addFlashAttribute("flash", "inbox.reported");
        return "redirect:/inbox/" + id;
    }

    @PostMapping(path = "/inbox/{id}/messages/{messageId}/report", headers = "HX-Request")
    String reportWithHtmx(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable UUID messageId) {
        messaging.report(me.id(), messageId, "reported from the conversation page");
        return "messaging/conversation :: reported";
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private @Nullable String notice(SendOutcome outcome, Locale locale) {
        if (outcome.maskedKinds().isEmpty()) {
            return null;
        }
        return messages.getMessage(outcome.warned() ? "inbox.contact.warned" : "inbox.contact.masked", null, locale);
    }

    private String name(AccountId id) {
        return identity.findProfile(id).map(PublicProfile::displayName).orElse("—");
    }

    static ConversationId conversationId(String id) {
        try {
            return ConversationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ConversationNotFoundException(id);
        }
    }
}
