package dev.agora.admin.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.MemberAdministration;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.AuditLog;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Composes a {@link MemberDossier} from the modules' APIs (read only: looking is not recorded, acting is). */
@Service
public class MemberDossiers {

    private final MemberAdministration members;
    private final ListingManagement listings;
    private final OrderManagement orders;
    private final MessagingManagement messaging;
    private final AuditLog audit;

    MemberDossiers(MemberAdministration members, ListingManagement listings, OrderManagement orders,
            MessagingManagement messaging, AuditLog audit) {
        this.members = members;
        this.listings = listings;
        this.orders = orders;
        this.messaging = messaging;
        this.audit = audit;
    }

    public Optional<MemberDossier> of(AccountId id) {
        return members.find(id).map(member -> new MemberDossier(member, listings.listingsOf(id, null),
                orders.purchasesOf(id), orders.salesOf(id), messaging.inbox(id),
                audit.recent(StaffActions.subject(id), 50)));
    }
}
