package dev.agora.trust.internal;

import dev.agora.identity.IdentityDocumentAccessed;
import dev.agora.reviews.ReviewHidden;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit entries for actions taken in modules below trust, which cannot call the audit log themselves: they publish
 * an event and this listener records it synchronously, inside the publishing transaction, so the action and its
 * record commit (or roll back) together. (Reviews hidden by staff; every access to an identity document; refunds
 * given by staff.)
 */
@Component
class AuditedEvents {

    private final AuditLog audit;

    AuditedEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ReviewHidden hidden) {
        audit.record(new AuditEntry.Draft(hidden.staff(), "review.hide", "review:" + hidden.reviewId(), hidden.reason(),
                "subject member:" + hidden.subjectId()));
    }

    // --- issue 6: refunds by staff (console and API alike), recorded in the refund's own transaction ---
    @EventListener
    void on(dev.agora.orders.RefundGranted refund) {
        if (refund.staff()) {
            audit.record(new AuditEntry.Draft(refund.by(), refund.afterRelease() ? "order.refund-after-release" : "order.partial-refund",
                    "order:" + refund.orderId(), refund.reason(), "refunded " + refund.amount()));
        }
    }
    // --- end issue 6 ---

    @EventListener
    void on(IdentityDocumentAccessed access) {
        audit.record(new AuditEntry.Draft(access.actor(), "identity-document." + access.action(),
                "identity-document:" + access.checkId(), access.reason(), "owner member:" + access.owner()));
    }
}
