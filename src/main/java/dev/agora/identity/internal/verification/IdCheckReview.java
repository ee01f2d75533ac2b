package dev.agora.identity.internal.verification;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdDocumentReview;
import dev.agora.identity.IdentityDocumentAccessed;
import dev.agora.identity.VerificationGranted;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationStatus.CheckState;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual decisions on pending ID checks (issue 9); the retention clock starts at the decision as for the provider's. */
@Service
@Transactional
class IdCheckReview implements IdDocumentReview {

    private final VerificationStore store;
    private final VerificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdCheckReview(VerificationStore store, VerificationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingIdCheck> pending(int limit) {
        return store.pendingChecks(Math.clamp(limit, 1, 500));
    }

    @Override
    public void decide(AccountId staff, UUID checkId, boolean approve, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "verification.review.reason", "say why you decide so");
        }
        var check = store.check(checkId).filter(c -> c.view().state() == CheckState.PENDING)
                .orElseThrow(() -> InvalidInputException.of("check", "verification.review.notPending", "this check is not pending"));
        Instant now = clock.instant();
        store.decideCheck(checkId, approve ? CheckState.APPROVED : CheckState.REJECTED, approve ? null : why,
                "staff:" + staff, now, now.plus(settings.documentRetention()));
        if (approve) {
            store.grant(check.owner(), VerificationLevel.ID, now);
            events.publishEvent(new VerificationGranted(UUID.randomUUID(), check.owner(), VerificationLevel.ID, now));
        }
        events.publishEvent(new IdentityDocumentAccessed(UUID.randomUUID(), checkId, check.owner(), staff,
                approve ? "approved" : "rejected", why, now));
    }
}
