package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ContactDetailsMasked;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationNotFoundException;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageReported;
import dev.agora.messaging.MessageSent;
import dev.agora.messaging.MessageView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.messaging.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Conversations implements MessagingManagement {

    private static final Duration ATTEMPT_WINDOW = Duration.ofDays(30);

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final LeakagePolicy policy;
    private final MessagingSettings settings;
    private final ListingManagement listings;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final PostgresWakeUp wakeUp;
    private final Clock clock;

    Conversations(ConversationStore conversations, MessageStore messages, LeakagePolicy policy, MessagingSettings settings,
            ListingManagement listings, IdentityManagement identity, ApplicationEventPublisher events,
            PostgresWakeUp wakeUp, Clock clock) {
        this.wakeUp = wakeUp;
        this.conversations = conversations;
        this.messages = messages;
        this.policy = policy;
        this.settings = settings;
        this.listings = listings;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConversationView start(AccountId buyer, ListingId listingId) {
        ListingView listing = listings.findVisible(listingId).orElseThrow(() -> new ListingNotFoundException(listingId));
        if (listing.sellerId().equals(buyer)) {
            throw InvalidInputException.of("listing", "conversation.own-listing", "you cannot message yourself about your own listing");
        }
        return conversations.find(listingId, buyer).orElseGet(() -> {
            var id = new ConversationId(UUID.randomUUID());
            conversations.insert(id, listingId, listing.title(), listing.path(), buyer, listing.sellerId(), clock.instant());
            return conversations.find(id, buyer).orElseThrow();
        });
    }

    @Override
    @Transactional
    public SendOutcome send(AccountId sender, ConversationId id, String body) {
        ConversationView conversation = participantOf(id, sender);
        AccountId recipient = conversation.otherThan(sender);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("body", "message.empty", "write a message first");
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.of("body", "message.too-long", "a message may have at most 5000 characters");
        }
        if (!identity.isEmailVerified(sender)) {
            throw InvalidInputException.of("body", "message.unverified", "confirm your email address before messaging");
        }
        if (conversations.blocked(recipient, sender)) {
            throw InvalidInputException.of("body", "message.blocked", "this member does not accept messages from you");
        }
        LeakagePolicy.Decision decision = policy.apply(text, conversation.contactAllowed());
        Instant now = clock.instant();
        MessageView message = messages.insert(UUID.randomUUID(), id, sender, recipient, decision.body(),
                decision.found(), now);
        conversations.touch(id, now);
        wakeUp.messageStored();
        events.publishEvent(new MessageSent(UUID.randomUUID(), message.id(), id, conversation.listingId(),
                conversation.listingTitle(), sender, recipient, preview(decision.body()), now));
        if (decision.found()) {
            int attempts = messages.maskedAttemptsSince(sender, now.minus(ATTEMPT_WINDOW));
            events.publishEvent(new ContactDetailsMasked(UUID.randomUUID(), message.id(), id, sender, decision.kinds(),
                    attempts, attempts >= settings.leakage().flagAfter(), now));
        }
        return new SendOutcome(message, decision.kinds(), decision.warned());
    }

    @Override
    @Transactional(readOnly = true)
    public ConversationView conversation(AccountId reader, ConversationId id) {
        return participantOf(id, reader);
    }

    @Override
    @Transactional
    public List<MessageView> read(AccountId reader, ConversationId id, long afterSeq) {
        participantOf(id, reader);
        messages.markRead(id, reader, clock.instant());
        return messages.after(id, afterSeq);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversationView> inbox(AccountId member) {
        return conversations.of(member);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(AccountId member) {
        return conversations.unreadCount(member);
    }

    @Override
    @Transactional
    public void block(AccountId blocker, AccountId blocked) {
        if (!blocker.equals(blocked)) {
            conversations.block(blocker, blocked, clock.instant());
        }
    }

    @Override
    @Transactional
    public void unblock(AccountId blocker, AccountId blocked) {
        conversations.unblock(blocker, blocked);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasBlocked(AccountId blocker, AccountId blocked) {
        return conversations.blocked(blocker, blocked);
    }

    @Override
    @Transactional
    public UUID report(AccountId reporter, UUID messageId, String reason) {
        MessageStore.Stored message = messages.find(messageId)
                .filter(found -> found.recipient().equals(reporter))
                .orElseThrow(() -> InvalidInputException.of("message", "report.unknown-message", "you can only report messages you received"));
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw InvalidInputException.of("reason", "report.reason", "say in up to 500 characters what is wrong");
        }
        return conversations.report(messageId, reporter).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            conversations.insertReport(id, messageId, reporter, text, now);
            events.publishEvent(new MessageReported(UUID.randomUUID(), id, messageId, message.view().conversationId(),
                    reporter, message.view().senderId(), text, now));
            return id;
        });
    }

    @Override
    @Transactional
    public void allowContact(ListingId listing, AccountId buyer) {
        conversations.allowContact(listing, buyer);
    }

    private ConversationView participantOf(ConversationId id, AccountId member) {
        return conversations.find(id, member).filter(c -> c.involves(member))
                .orElseThrow(() -> new ConversationNotFoundException(id.toString()));
    }

    private static String preview(String body) {
        return body.length() <= 140 ? body : body.substring(0, 139) + "…";
    }
}
