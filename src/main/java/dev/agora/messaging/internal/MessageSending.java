package dev.agora.messaging.internal;

import static dev.agora.messaging.MessagingManagement.MAX_LENGTH;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.messaging.ContactDetailsMasked;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageSent;
import dev.agora.messaging.MessageView;
import dev.agora.messaging.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sending a message (text, or an image with an optional caption) in any conversation, listing's or order's: the
 * checks, the leakage policy, storing, waking live readers and the events.
 */
@Component
class MessageSending {

    private static final Duration ATTEMPT_WINDOW = Duration.ofDays(30);

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ConversationAccess access;
    private final LeakagePolicy policy;
    private final MessagingSettings settings;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final PostgresWakeUp wakeUp;
    private final BlobStorage storage;
    private final Clock clock;

    MessageSending(ConversationStore conversations, MessageStore messages, ConversationAccess access,
            LeakagePolicy policy, MessagingSettings settings, IdentityManagement identity,
            ApplicationEventPublisher events, PostgresWakeUp wakeUp, BlobStorage storage, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.policy = policy;
        this.settings = settings;
        this.identity = identity;
        this.events = events;
        this.wakeUp = wakeUp;
        this.storage = storage;
        this.clock = clock;
    }

    SendOutcome send(AccountId sender, ConversationId id, String body) {
        return deliver(checked(sender, id, body, false), null);
    }

    SendOutcome sendImage(AccountId sender, ConversationId id, byte[] image, String caption) {
        Outgoing outgoing = checked(sender, id, caption, true);
        UUID attachment = UUID.randomUUID();
        try {
            // re-encoding drops EXIF (GPS above all) and applies the orientation, as for listing photos
            ImageInspector.inspect(image);
            storage.put(attachmentKey(id, attachment, "large"), ImageResizer.fitWithinJpeg(image, 1600), "image/jpeg");
            storage.put(attachmentKey(id, attachment, "small"), ImageResizer.fitWithinJpeg(image, 320), "image/jpeg");
        } catch (RejectedImageException e) {
            throw InvalidInputException.of("attachment", "attachment.not-image",
                    "attach a JPEG, PNG or WebP image (" + e.getMessage() + ")");
        }
        return deliver(outgoing, attachment);
    }

    /** An attachment of this conversation in one of its two sizes, for a participant. */
    Optional<BlobStorage.StoredBlob> attachment(AccountId reader, ConversationId id, UUID attachment, String size) {
        access.participantOf(id, reader);
        if (!size.equals("large") && !size.equals("small")
                || !messages.conversationOfAttachment(attachment).map(id::equals).orElse(false)) {
            return Optional.empty();
        }
        return storage.get(attachmentKey(id, attachment, size));
    }

    static String attachmentKey(ConversationId conversation, UUID attachment, String size) {
        return "messages/" + conversation + "/" + attachment + "-" + size + ".jpg";
    }

    /** A message that passed every check, with what the leakage policy made of its text. */
    private record Outgoing(ConversationView conversation, AccountId sender, AccountId recipient,
            LeakagePolicy.Decision decision) {}

    private Outgoing checked(AccountId sender, ConversationId id, String body, boolean imageAttached) {
        ConversationView conversation = access.participantOf(id, sender);
        AccountId recipient = conversation.otherThan(sender);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() && !imageAttached) {
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
        return new Outgoing(conversation, sender, recipient, policy.apply(text, conversation.contactAllowed()));
    }

    private SendOutcome deliver(Outgoing outgoing, @Nullable UUID attachment) {
        ConversationView conversation = outgoing.conversation();
        LeakagePolicy.Decision decision = outgoing.decision();
        Instant now = clock.instant();
        MessageView message = messages.insert(UUID.randomUUID(), conversation.id(), outgoing.sender(),
                outgoing.recipient(), decision.body(), decision.found(), now, attachment);
        conversations.touch(conversation.id(), now);
        wakeUp.messageStored();
        String preview = decision.body().isEmpty() && attachment != null ? "📷" : preview(decision.body());
        events.publishEvent(new MessageSent(UUID.randomUUID(), message.id(), conversation.id(), conversation.listingId(),
                conversation.listingTitle(), outgoing.sender(), outgoing.recipient(), preview, now));
        if (decision.found()) {
            int attempts = messages.maskedAttemptsSince(outgoing.sender(), now.minus(ATTEMPT_WINDOW));
            events.publishEvent(new ContactDetailsMasked(UUID.randomUUID(), message.id(), conversation.id(),
                    outgoing.sender(), decision.kinds(), attempts, attempts >= settings.leakage().flagAfter(), now));
        }
        return new SendOutcome(message, decision.kinds(), decision.warned());
    }

    private static String preview(String body) {
        return body.length() <= 140 ? body : body.substring(0, 139) + "…";
    }
}
