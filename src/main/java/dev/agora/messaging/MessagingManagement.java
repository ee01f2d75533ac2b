package dev.agora.messaging;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
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
}
