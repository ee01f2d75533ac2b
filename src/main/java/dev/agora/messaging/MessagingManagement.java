package dev.agora.messaging;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.orders.OrderId;
import java.util.List;
import java.util.UUID;

/**
 * The messaging module's API. Only the two participants may read or write a conversation (others get
 * {@link ConversationNotFoundException}); invalid input throws
 * {@link dev.agora.kernel.validation.InvalidInputException} and changes nothing.
 */
public interface MessagingManagement {

    int MAX_LENGTH = 5_000;

    /** The buyer's conversation with the seller of a visible listing, created on first contact. */
    ConversationView start(AccountId buyer, ListingId listing);

    /** Sends a message under the operator's leakage policy; publishes {@link MessageSent}. */
    SendOutcome send(AccountId sender, ConversationId conversation, String body);

    /**
     * Sends an image (JPEG, PNG or WebP, checked by content; EXIF removed, resized) with an optional caption under the
     * same rules as {@link #send}; anything that is not an image is refused ({@code attachment}).
     */
    SendOutcome sendImage(AccountId sender, ConversationId conversation, byte[] image, String caption);

    /** An attachment's image for a participant of its conversation ({@code size}: large or small). */
    java.util.Optional<dev.agora.kernel.storage.BlobStorage.StoredBlob> attachment(AccountId reader,
            ConversationId conversation, UUID attachment, String size);

    ConversationView conversation(AccountId reader, ConversationId conversation);

    /** Messages after {@code afterSeq} (0 for all), oldest first; marks those to the reader as read. */
    List<MessageView> read(AccountId reader, ConversationId conversation, long afterSeq);

    /** The member's conversations, latest activity first, with unread counts. */
    List<ConversationView> inbox(AccountId member);

    long unreadCount(AccountId member);

    void block(AccountId blocker, AccountId blocked);

    void unblock(AccountId blocker, AccountId blocked);

    boolean hasBlocked(AccountId blocker, AccountId blocked);

    /** Reports a message the reporter received; publishes {@link MessageReported}. Idempotent per reporter. */
    UUID report(AccountId reporter, UUID messageId, String reason);

    /** After payment the buyer and seller may exchange contact details (when the operator allows it). */
    void allowContact(ListingId listing, AccountId buyer);

    // --- issue 8: conversations per order

    /**
     * The order's conversation for its buyer or seller, opened on first use (contact details allowed if the order
     * was paid); anyone else gets {@link ConversationNotFoundException}.
     */
    ConversationView forOrder(AccountId reader, OrderId order);

    /** Opens the order's conversation if it has none (idempotent; for the order's events). */
    void openForOrder(OrderId order);

    /** The order was paid: its conversation lets contact details through (when the operator allows it). */
    void allowContact(OrderId order);

    /**
     * Conversations between the same buyer and seller about the same listing, for context: for an order's
     * conversation the earlier one about the listing (if any); for a listing's, those of the buyer's orders of it.
     */
    List<ConversationView> related(AccountId reader, ConversationId conversation);

    /** Messages oldest first without marking any read (shown for context beside another conversation). */
    List<MessageView> transcript(AccountId reader, ConversationId conversation);
    // --- end issue 8
}
