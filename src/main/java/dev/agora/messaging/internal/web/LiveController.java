package dev.agora.messaging.internal.web;

import static dev.agora.messaging.internal.web.InboxController.conversationId;

import dev.agora.identity.Member;
import dev.agora.kernel.time.MarketTime;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.messaging.internal.LiveMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** {@code /inbox/{id}/events}: the conversation's new messages as SSE events carrying rendered HTML. */
@Controller
class LiveController {

    private final MessagingManagement messaging;
    private final LiveMessages live;
    private final ITemplateEngine templates;
    private final MarketTime market;

    LiveController(MessagingManagement messaging, LiveMessages live, ITemplateEngine templates, MarketTime market) {
        this.market = market;
        this.messaging = messaging;
        this.live = live;
        this.templates = templates;
    }

    @GetMapping(path = "/inbox/{id}/events", produces = "text/event-stream")
    @ResponseBody
    SseEmitter events(@AuthenticationPrincipal Member me, @PathVariable String id, Locale locale) {
        ConversationView conversation = messaging.conversation(me.id(), conversationId(id));
        return live.subscribe(conversation.id(), me.id(), message -> {
            // the page is open, so the recipient reads the message as it arrives
            messaging.read(me.id(), conversation.id(), message.seq() - 1);
            // rendered outside a controller: the model attributes every page gets must be given here
            var context = new Context(locale, Map.of("m", message, "me", me.id(), "conversation", conversation,
                    "marketZone", market.zone()));
            return templates.process("messaging/conversation", Set.of("message"), context).strip();
        });
    }
}
