package dev.agora.identity.internal.verification;

import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.identity.verification.*}: the region for phone numbers written without country code, how long an
 * SMS code lives and how many tries it allows, the AES key (base64, 32 bytes) that encrypts ID documents, how long
 * a document is kept after the decision, and which SMS and KYC adapters run ({@code sandbox} is the only one built).
 */
@ConfigurationProperties("agora.identity.verification")
public record VerificationSettings(
        @DefaultValue("DE") String defaultRegion,
        @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int maxCodeAttempts,
        @DefaultValue("60s") Duration resendAfter,
        String documentKey,
        @DefaultValue("30d") Duration documentRetention,
        @DefaultValue("1h") Duration retentionSweep,
        @DefaultValue("sandbox") String smsProvider,
        @DefaultValue("sandbox") String kycProvider) {

    public VerificationSettings {
        if (documentKey == null || Base64.getDecoder().decode(documentKey).length != 32) {
            throw new IllegalArgumentException("agora.identity.verification.document-key must be 32 bytes in base64");
        }
    }

    byte[] documentKeyBytes() {
        return Base64.getDecoder().decode(documentKey);
    }
}
