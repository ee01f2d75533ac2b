package dev.agora.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff review of government ID checks the KYC provider left pending: list them, open the document
 * ({@link VerificationManagement#openDocument}, audited), approve or reject with a reason. Every decision is
 * published as an {@link IdentityDocumentAccessed} ({@code approved} / {@code rejected}) so the audit log records it
 * in the same transaction. Callers check the staff role (operators).
 */
public interface IdDocumentReview {

    /** Checks waiting for a decision, oldest first. */
    List<PendingIdCheck> pending(int limit);

    /** Approves (the member gets the ID level) or rejects a pending check; the reason is required. */
    void decide(AccountId staff, UUID checkId, boolean approve, String reason);

    record PendingIdCheck(UUID checkId, AccountId owner, String documentType, String numberHint, Instant submittedAt,
            boolean documentStored) {}
}
