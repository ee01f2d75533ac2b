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
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    private final BlobStorage storage;
    private final OrderManagement orders;
    private final Clock clock;

    Conversations(ConversationStore conversations, MessageStore messages, LeakagePolicy policy, MessagingSettings settings,
            ListingManagement listings, IdentityManagement identity, ApplicationEventPublisher events,
            PostgresWakeUp wakeUp, BlobStorage storage, OrderManagement orders, Clock clock) {
        this.orders = orders;
        this.wakeUp = wakeUp;
        this.storage = storage;
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
        Outgoing outgoing = checked(sender, id, body, false);
        return deliver(outgoing, null);
    }

    @Override
    @Transactional
    public SendOutcome sendImage(AccountId sender, ConversationId id, byte[] image, String caption) {
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

    @Override
    @Transactional(readOnly = true)
    public Optional<BlobStorage.StoredBlob> attachment(AccountId reader, ConversationId id, UUID attachment, String size) {
        participantOf(id, reader);
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
        ConversationView conversation = participantOf(id, sender);
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
    public void allowContact(ListingId listingId, AccountId buyer) {
        if (conversations.find(listingId, buyer).isEmpty()) {
            // a paid order opens the conversation: the listing may be sold out (closed) by now, so any state does
            listings.find(listingId).filter(listing -> !listing.sellerId().equals(buyer)).ifPresent(listing ->
                    conversations.insert(new ConversationId(UUID.randomUUID()), listingId, listing.title(),
                            listing.path(), buyer, listing.sellerId(), clock.instant()));
        }
        conversations.allowContact(listingId, buyer);
    }

    // --- issue 8: conversations per order

    @Override
    @Transactional
    public ConversationView forOrder(AccountId reader, OrderId orderId) {
        OrderView order;
        try {
            order = orders.get(orderId);
        } catch (OrderNotFoundException e) {
            throw new ConversationNotFoundException(orderId.toString());
        }
        if (!reader.equals(order.buyerId()) && !reader.equals(order.sellerId())) {
            throw new ConversationNotFoundException(orderId.toString());
        }
        return conversations.find(orderId, reader).orElseGet(() -> {
            open(order);
            return conversations.find(orderId, reader).orElseThrow();
        });
    }

    @Override
    @Transactional
    public void openForOrder(OrderId orderId) {
        if (!conversations.exists(orderId)) {
            open(orders.get(orderId));
        }
    }

    @Override
    @Transactional
    public void allowContact(OrderId orderId) {
        openForOrder(orderId);
        conversations.allowContact(orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversationView> related(AccountId reader, ConversationId id) {
        ConversationView conversation = participantOf(id, reader);
        return conversations.about(conversation.listingId(), conversation.buyerId(), reader).stream()
                .filter(other -> !other.id().equals(id))
                // an order's conversation shows the listing's; a listing's shows the orders'
                .filter(other -> conversation.aboutOrder() != other.aboutOrder())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MessageView> transcript(AccountId reader, ConversationId id) {
        participantOf(id, reader);
        return messages.after(id, 0);
    }

    /** Paid once means contact details may pass, also if the order was refunded or cancelled later. */
    private void open(OrderView order) {
        boolean paid = order.timeline().stream().anyMatch(step -> step.to().equals("paid"));
        String path = listings.find(order.listingId()).map(ListingView::path).orElse("/l/" + order.listingId());
        conversations.insertForOrder(order.id(), order.listingId(), order.listingTitle(), path, order.buyerId(),
                order.sellerId(), paid, clock.instant());
    }
    // --- end issue 8

    private ConversationView participantOf(ConversationId id, AccountId member) {
        return conversations.find(id, member).filter(c -> c.involves(member))
                .orElseThrow(() -> new ConversationNotFoundException(id.toString()));
    }

    private static String preview(String body) {
        return body.length() <= 140 ? body : body.substring(0, 139) + "…";
    }
}
