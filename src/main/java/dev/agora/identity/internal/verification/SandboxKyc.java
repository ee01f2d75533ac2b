package dev.agora.identity.internal.verification;

import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sandbox KYC provider decides at once: a document or registration number starting with {@code X} is refused
 * (so tests and demos can see a rejection), a document number starting with {@code Q} is left pending for staff
 * review (as a real provider may), any other is accepted.
 */
@Component
@ConditionalOnProperty(name = "agora.identity.verification.kyc-provider", havingValue = "sandbox", matchIfMissing = true)
class SandboxKyc implements KycProvider {

    @Override
    public Decision checkDocument(DocumentCheck check) {
        if (check.documentNumber().toUpperCase(Locale.ROOT).startsWith("Q")) {
            return new Decision(null, null, "sandbox-" + UUID.randomUUID());
        }
        boolean refused = check.documentNumber().toUpperCase(Locale.ROOT).startsWith("X");
        return new Decision(!refused, refused ? "The document could not be verified (sandbox)" : null, "sandbox-" + UUID.randomUUID());
    }

    @Override
    public Decision checkBusiness(BusinessCheck check) {
        boolean refused = check.registrationNumber().toUpperCase(Locale.ROOT).startsWith("X");
        return new Decision(!refused, refused ? "The register has no such company (sandbox)" : null, "sandbox-" + UUID.randomUUID());
    }
}
