package dev.agora.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Verification levels beyond email: phone by SMS code, government ID and business through the KYC provider.
 * Invalid input throws {@link dev.agora.kernel.validation.InvalidInputException} naming the field; nothing changes.
 */
public interface VerificationManagement {

    /** The levels a member holds now (EMAIL included once the address is confirmed). */
    Set<VerificationLevel> levelsOf(AccountId member);

    /** The levels of several members at once (listing cards, search results). */
    Map<AccountId, Set<VerificationLevel>> levelsOf(Collection<AccountId> members);

    VerificationStatus statusOf(AccountId member);

    /** Parses the number (international or national for the default region) and sends a six-digit code by SMS. */
    VerificationStatus startPhone(AccountId member, String phoneNumber);

    /** Confirms the code sent last; five wrong tries or an expired code need a new code. */
    VerificationStatus confirmPhone(AccountId member, String code);

    /** Stores the document encrypted and asks the KYC provider for a decision. */
    VerificationStatus submitId(AccountId member, IdDocumentUpload upload);

    VerificationStatus submitBusiness(AccountId member, BusinessDetails details);

    /** A staff member opens a stored ID document; the access is audited with the reason. */
    DocumentImage openDocument(AccountId staff, UUID checkId, String reason);

    record DocumentImage(byte[] content, String contentType) {}
}
