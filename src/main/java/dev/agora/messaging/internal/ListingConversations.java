package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.ConversationView;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A buyer's conversation with a seller about a listing, before (or without) an order. */
@Component
class ListingConversations {

    private final ConversationStore conversations;
    private final ListingManagement listings;
    private final Clock clock;

    ListingConversations(ConversationStore conversations, ListingManagement listings, Clock clock) {
        this.conversations = conversations;
        this.listings = listings;
        this.clock = clock;
    }

    /** The buyer's conversation about a visible listing, opened on first contact. */
    ConversationView start(AccountId buyer, ListingId listingId) {
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

    /** After payment contact details may pass in the buyer's conversation about the listing (opened if need be). */
    void allowContact(ListingId listingId, AccountId buyer) {
        if (conversations.find(listingId, buyer).isEmpty()) {
            // a paid order opens the conversation: the listing may be sold out (closed) by now, so any state does
            listings.find(listingId).filter(listing -> !listing.sellerId().equals(buyer)).ifPresent(listing ->
                    conversations.insert(new ConversationId(UUID.randomUUID()), listingId, listing.title(),
                            listing.path(), buyer, listing.sellerId(), clock.instant()));
        }
        conversations.allowContact(listingId, buyer);
    }
}
