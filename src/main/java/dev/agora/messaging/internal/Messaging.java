package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.listings.ListingId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessageView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.messaging.SendOutcome;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API in one place, with its transactions: conversations about a listing ({@link ListingConversations})
 * or an order ({@link OrderConversations}), sending ({@link MessageSending}), reading ({@link ReadReceipts}),
 * reports ({@link MessageReports}) and blocks.
 */
@Service
class Messaging implements MessagingManagement {

    private final ListingConversations listingConversations;
    private final OrderConversations orderConversations;
    private final MessageSending sending;
    private final ReadReceipts receipts;
    private final MessageReports reports;
    private final ConversationAccess access;
    private final ConversationStore conversations;
    private final Clock clock;

    Messaging(ListingConversations listingConversations, OrderConversations orderConversations, MessageSending sending,
            ReadReceipts receipts, MessageReports reports, ConversationAccess access, ConversationStore conversations,
            Clock clock) {
        this.listingConversations = listingConversations;
        this.orderConversations = orderConversations;
        this.sending = sending;
        this.receipts = receipts;
        this.reports = reports;
        this.access = access;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConversationView start(AccountId buyer, ListingId listing) {
        return listingConversations.start(buyer, listing);
    }

    @Override
    @Transactional
    public void allowContact(ListingId listing, AccountId buyer) {
        listingConversations.allowContact(listing, buyer);
    }

    @Override
    @Transactional
    public ConversationView forOrder(AccountId reader, OrderId order) {
        return orderConversations.forOrder(reader, order);
    }

    @Override
    @Transactional
    public void openForOrder(OrderId order) {
        orderConversations.openForOrder(order);
    }

    @Override
    @Transactional
    public void allowContact(OrderId order) {
        orderConversations.allowContact(order);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversationView> related(AccountId reader, ConversationId conversation) {
        return orderConversations.linked(reader, conversation);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MessageView> transcript(AccountId reader, ConversationId conversation) {
        return orderConversations.transcript(reader, conversation);
    }

    @Override
    @Transactional
    public SendOutcome send(AccountId sender, ConversationId conversation, String body) {
        return sending.send(sender, conversation, body);
    }

    @Override
    @Transactional
    public SendOutcome sendImage(AccountId sender, ConversationId conversation, byte[] image, String caption) {
        return sending.sendImage(sender, conversation, image, caption);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BlobStorage.StoredBlob> attachment(AccountId reader, ConversationId conversation, UUID attachment,
            String size) {
        return sending.attachment(reader, conversation, attachment, size);
    }

    @Override
    @Transactional(readOnly = true)
    public ConversationView conversation(AccountId reader, ConversationId conversation) {
        return access.participantOf(conversation, reader);
    }

    @Override
    @Transactional
    public List<MessageView> read(AccountId reader, ConversationId conversation, long afterSeq) {
        return receipts.read(reader, conversation, afterSeq);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversationView> inbox(AccountId member) {
        return receipts.inbox(member);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(AccountId member) {
        return receipts.unreadCount(member);
    }

    @Override
    @Transactional
    public UUID report(AccountId reporter, UUID messageId, String reason) {
        return reports.report(reporter, messageId, reason);
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
}
