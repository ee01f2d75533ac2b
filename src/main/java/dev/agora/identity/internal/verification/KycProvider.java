package dev.agora.identity.internal.verification;

import org.jspecify.annotations.Nullable;

/**
 * The port to an identity-verification (KYC/KYB) provider. A real provider may answer later: {@link Decision#pending}
 * keeps the check open until its callback decides it.
 */
public interface KycProvider {

    Decision checkDocument(DocumentCheck check);

    Decision checkBusiness(BusinessCheck check);

    record DocumentCheck(String reference, String documentType, String documentNumber, byte[] image, String contentType) {}

    record BusinessCheck(String reference, String companyName, String registrationNumber, String taxId) {}

    /** @param approved null while the provider has not decided */
    record Decision(@Nullable Boolean approved, @Nullable String reason, String providerReference) {

        static Decision pending(String reference) {
            return new Decision(null, null, reference);
        }
    }
}
