package dev.agora.identity;

/**
 * What a member has proved about themselves. Levels are independent checks (a business need not have a phone);
 * operators require one or more of them to sell in a category or above a price (see docs/verification.md).
 */
public enum VerificationLevel {
    /** Owns the email address (the confirmation link, {@link AccountVerified}). */
    EMAIL,
    /** Received a code by SMS on a phone number. */
    PHONE,
    /** A government ID document accepted by the KYC provider. */
    ID,
    /** A registered business with a registration number and tax id accepted by the KYC provider. */
    BUSINESS
}
