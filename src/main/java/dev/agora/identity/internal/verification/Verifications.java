package dev.agora.identity.internal.verification;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.agora.identity.AccountId;
import dev.agora.identity.BusinessDetails;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.IdentityDocumentAccessed;
import dev.agora.identity.VerificationGranted;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.VerificationStatus;
import dev.agora.identity.VerificationStatus.CheckState;
import dev.agora.kernel.images.ImageFacts;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone, ID and business verification. Every touch of an identity document publishes
 * {@link IdentityDocumentAccessed} inside the same transaction, which the trust module turns into an audit entry.
 */
@Service
class Verifications implements VerificationManagement {

    static final Set<String> DOCUMENT_TYPES = Set.of("PASSPORT", "ID_CARD", "DRIVING_LICENCE");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9<-]{5,20}");
    private static final Pattern REGISTRATION = Pattern.compile("[\\p{L}0-9 ./-]{3,40}");
    /** An EU VAT id (country prefix and 8–12 characters) or a national tax number of 8–15 digits. */
    private static final Pattern TAX_ID = Pattern.compile("[A-Z]{2}[A-Z0-9]{8,12}|[0-9/ ]{8,15}");

    private final VerificationStore store;
    private final DocumentVault vault;
    private final SmsSender sms;
    private final KycProvider kyc;
    private final VerificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    Verifications(VerificationStore store, DocumentVault vault, SmsSender sms, KycProvider kyc,
            VerificationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.vault = vault;
        this.sms = sms;
        this.kyc = kyc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<VerificationLevel> levelsOf(AccountId member) {
        return store.levels(List.of(member)).get(member);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AccountId, Set<VerificationLevel>> levelsOf(Collection<AccountId> members) {
        return store.levels(members);
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationStatus statusOf(AccountId member) {
        var phone = store.phone(member, false);
        return new VerificationStatus(levelsOf(member),
                phone.map(VerificationStore.Phone::confirmed).map(Verifications::masked).orElse(null),
                phone.map(VerificationStore.Phone::pending).map(Verifications::masked).orElse(null),
                phone.map(VerificationStore.Phone::expiresAt).orElse(null),
                store.latestCheck(member).orElse(null), store.business(member).orElse(null));
    }

    @Override
    @Transactional
    public VerificationStatus startPhone(AccountId member, String phoneNumber) {
        String e164 = e164(phoneNumber);
        Instant now = clock.instant();
        store.phone(member, true).map(VerificationStore.Phone::sentAt)
                .filter(sent -> sent.plus(settings.resendAfter()).isAfter(now))
                .ifPresent(sent -> {
                    throw InvalidInputException.of("phone", "verification.phone.wait", "wait a minute before asking for a new code");
                });
        String code = "%06d".formatted(random.nextInt(1_000_000));
        store.challenge(member, e164, hash(member, code), now.plus(settings.codeValidity()), now);
        sms.send(e164, "Agora: your code is " + code + ". It expires in " + settings.codeValidity().toMinutes() + " minutes.");
        return statusOf(member);
    }

    @Override
    @Transactional(noRollbackFor = InvalidInputException.class)
    public VerificationStatus confirmPhone(AccountId member, String code) {
        var phone = store.phone(member, true).filter(p -> p.pending() != null && p.codeHash() != null)
                .orElseThrow(() -> InvalidInputException.of("code", "verification.phone.noCode", "ask for a code first"));
        Instant now = clock.instant();
        if (phone.expiresAt() == null || !now.isBefore(phone.expiresAt()) || phone.attempts() >= settings.maxCodeAttempts()) {
            throw InvalidInputException.of("code", "verification.phone.expired", "the code expired: ask for a new one");
        }
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(hash(member, given).getBytes(StandardCharsets.US_ASCII),
                phone.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            store.failedAttempt(member);
            throw InvalidInputException.of("code", "verification.phone.wrongCode", "that code is not right");
        }
        store.confirmPhone(member, phone.pending());
        grant(member, VerificationLevel.PHONE, now);
        return statusOf(member);
    }

    @Override
    @Transactional
    public VerificationStatus submitId(AccountId member, IdDocumentUpload upload) {
        List<FieldError> errors = new ArrayList<>();
        String type = upload.documentType() == null ? "" : upload.documentType().strip().toUpperCase(Locale.ROOT);
        if (!DOCUMENT_TYPES.contains(type)) {
            errors.add(new FieldError("documentType", "verification.id.type.invalid", "choose passport, ID card or driving licence"));
        }
        String number = upload.documentNumber() == null ? "" : upload.documentNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!DOCUMENT_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("documentNumber", "verification.id.number.invalid", "type the number as printed (5–20 letters and digits)"));
        }
        ImageFacts facts = null;
        try {
            facts = ImageInspector.inspect(upload.image() == null ? new byte[0] : upload.image());
        } catch (RejectedImageException e) {
            errors.add(new FieldError("document", "verification.id.notImage", "upload a photo of the document (JPEG, PNG or WebP)"));
        }
        if (store.hasPendingCheck(member)) {
            errors.add(new FieldError("document", "verification.id.pending", "your last document is still being checked"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        String format = facts.format().name().toLowerCase(Locale.ROOT);
        String blobKey = "identity-documents/" + member + "/" + id + "." + format;
        Instant now = clock.instant();
        vault.put(blobKey, upload.image(), "image/" + format);
        store.insertCheck(id, member, type, number.substring(Math.max(0, number.length() - 4)), blobKey, now);
        accessed(id, member, null, "stored", "uploaded by the member for ID verification", now);
        accessed(id, member, null, "sent-to-provider", "KYC check by the configured provider", now);
        var decision = kyc.checkDocument(new KycProvider.DocumentCheck(id.toString(), type, number, upload.image(), "image/" + format));
        if (decision.approved() != null) {
            CheckState state = decision.approved() ? CheckState.APPROVED : CheckState.REJECTED;
            store.decideCheck(id, state, decision.reason(), decision.providerReference(), now, now.plus(settings.documentRetention()));
            if (decision.approved()) {
                grant(member, VerificationLevel.ID, now);
            }
        }
        return statusOf(member);
    }

    @Override
    @Transactional
    public VerificationStatus submitBusiness(AccountId member, BusinessDetails details) {
        List<FieldError> errors = new ArrayList<>();
        String company = details.companyName() == null ? "" : details.companyName().strip();
        if (company.length() < 2 || company.length() > 200) {
            errors.add(new FieldError("companyName", "verification.business.company.invalid", "give the registered company name"));
        }
        String registration = details.registrationNumber() == null ? "" : details.registrationNumber().strip();
        if (!REGISTRATION.matcher(registration).matches()) {
            errors.add(new FieldError("registrationNumber", "verification.business.registration.invalid", "give the commercial register number, e.g. HRB 12345"));
        }
        String taxId = details.taxId() == null ? "" : details.taxId().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!TAX_ID.matcher(taxId).matches()) {
            errors.add(new FieldError("taxId", "verification.business.taxId.invalid", "give a VAT id such as DE123456789 or a tax number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        var decision = kyc.checkBusiness(new KycProvider.BusinessCheck(member.toString(), company, registration, taxId));
        CheckState state = decision.approved() == null ? CheckState.PENDING
                : decision.approved() ? CheckState.APPROVED : CheckState.REJECTED;
        store.saveBusiness(member, company, registration, taxId, state, decision.reason(), now);
        if (state == CheckState.APPROVED) {
            grant(member, VerificationLevel.BUSINESS, now);
        }
        return statusOf(member);
    }

    @Override
    @Transactional
    public DocumentImage openDocument(AccountId staff, UUID checkId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "verification.document.reason", "say why you open this document");
        }
        var check = store.check(checkId).filter(c -> c.documentKey() != null)
                .orElseThrow(() -> InvalidInputException.of("check", "verification.document.gone", "the document is deleted or unknown"));
        accessed(checkId, check.owner(), staff, "opened", why, clock.instant());
        byte[] image = vault.get(check.documentKey())
                .orElseThrow(() -> InvalidInputException.of("check", "verification.document.gone", "the document is deleted or unknown"));
        return new DocumentImage(image, check.contentType());
    }

    /** The retention job: deletes documents whose decision is older than the retention period. */
    @Transactional
    public int deleteExpiredDocuments(Instant now) {
        List<VerificationStore.StoredCheck> expired = store.expiredDocuments(now, 200);
        for (var check : expired) {
            vault.delete(check.documentKey());
            store.documentDeleted(check.view().id(), now);
            accessed(check.view().id(), check.owner(), null, "deleted", "retention period after the decision ended", now);
        }
        return expired.size();
    }

    private void grant(AccountId member, VerificationLevel level, Instant now) {
        store.grant(member, level, now);
        events.publishEvent(new VerificationGranted(UUID.randomUUID(), member, level, now));
    }

    private void accessed(UUID check, AccountId owner, @Nullable AccountId actor, String action, String reason, Instant now) {
        events.publishEvent(new IdentityDocumentAccessed(UUID.randomUUID(), check, owner, actor, action, reason, now));
    }

    private String e164(@Nullable String input) {
        try {
            PhoneNumber number = phones.parse(input == null ? "" : input, settings.defaultRegion());
            if (!phones.isValidNumber(number)) {
                throw InvalidInputException.of("phone", "verification.phone.invalid", "that is not a valid phone number");
            }
            return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw InvalidInputException.of("phone", "verification.phone.invalid", "that is not a valid phone number");
        }
    }

    private static String hash(AccountId member, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((member + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** +49 151 •••• 678: enough to recognise one's own number. */
    static @Nullable String masked(@Nullable String e164) {
        if (e164 == null) {
            return null;
        }
        return e164.length() <= 7 ? e164 : e164.substring(0, 5) + " •••• " + e164.substring(e164.length() - 3);
    }
}
