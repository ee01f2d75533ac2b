package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationNotFoundException;
import dev.agora.messaging.ConversationView;
import org.springframework.stereotype.Component;

/** The one check every conversation operation starts with: only its two participants may see it. */
@Component
class ConversationAccess {

    private final ConversationStore conversations;

    ConversationAccess(ConversationStore conversations) {
        this.conversations = conversations;
    }

    /** The conversation as the member sees it; anyone else gets {@link ConversationNotFoundException}. */
    ConversationView participantOf(ConversationId id, AccountId member) {
        return conversations.find(id, member).filter(c -> c.involves(member))
                .orElseThrow(() -> new ConversationNotFoundException(id.toString()));
    }
}
