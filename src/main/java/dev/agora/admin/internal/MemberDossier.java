package dev.agora.admin.internal;

import dev.agora.identity.MemberRecord;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationView;
import dev.agora.orders.OrderView;
import dev.agora.trust.AuditEntry;
import java.util.List;

/**
 * What support sees about one member without logging in as them: the account, their listings, purchases and sales,
 * and the metadata of their conversations (with whom, about what, when; never the texts), plus staff history.
 */
public record MemberDossier(
        MemberRecord member,
        List<ListingView> listings,
        List<OrderView> purchases,
        List<OrderView> sales,
        List<ConversationView> conversations,
        List<AuditEntry> history) {}
