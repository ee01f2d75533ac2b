package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

@Entity
@Table(name = "identity_account")
class Account {

    @Id
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private String handle;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "email_verified_at")
    private @Nullable Instant emailVerifiedAt;

    @Embedded
    private @Nullable ProfileDetails details;

    @Column(name = "avatar_key")
    private @Nullable String avatarKey;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Embedded
    private @Nullable Suspension suspension;

    @Embedded
    private @Nullable TwoFactorSecret twoFactor = new TwoFactorSecret();

    private String locale;

    @Column(name = "marketing_consent_at")
    private @Nullable Instant marketingConsentAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Account() {
        // for JPA
        this.id = UUID.randomUUID();
        this.email = "";
        this.passwordHash = "";
        this.displayName = "";
        this.handle = "";
        this.role = Role.MEMBER;
        this.locale = "en";
        this.createdAt = Instant.EPOCH;
    }

    Account(String email, String passwordHash, String displayName, String handle, Role role, Locale locale, Instant now) {
        this.id = UUID.randomUUID();
        this.locale = locale.toLanguageTag();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.handle = handle;
        this.role = role;
        this.createdAt = now;
    }

    AccountId id() {
        return new AccountId(id);
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    String handle() {
        return handle;
    }

    /** Operators come from configuration or the create-operator command, never from sign-up. */
    void promoteToOperator() {
        this.role = Role.OPERATOR;
    }

    Role role() {
        return role;
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    TwoFactorSecret twoFactor() {
        if (twoFactor == null) {
            // Hibernate loads an embeddable whose columns are all null as null
            twoFactor = new TwoFactorSecret();
        }
        return twoFactor;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    /** Locked after failed logins, suspended, or erased: no login, no remembered login, no token. */
    boolean lockedAt(Instant now) {
        return erasedAt != null || (lockedUntil != null && lockedUntil.isAfter(now)) || suspendedAt(now);
    }

    boolean suspendedAt(Instant now) {
        return suspension().activeAt(now);
    }

    Suspension suspension() {
        return suspension == null ? Suspension.NONE : suspension;
    }

    /** Suspends until the given time (year 9999: no end); a suspended member can neither log in nor use API tokens. */
    void suspendUntil(Instant until, String reason) {
        requireNotErased();
        this.suspension = new Suspension(until, reason);
    }

    /** Lifts a suspension; returns whether one was in force. */
    boolean liftSuspension(Instant now) {
        boolean active = suspendedAt(now);
        this.suspension = null;
        return active;
    }

    Member toMember(Instant now) {
        return new Member(id(), email, handle, displayName, role, lockedAt(now), passwordHash);
    }

    PublicProfile toPublicProfile() {
        ProfileDetails about = details == null ? ProfileDetails.NONE : details;
        String avatarUrl = avatarKey == null ? null : "/u/" + handle + "/avatar?v=" + version;
        return new PublicProfile(id(), handle, displayName, about.bio(), about.city(), about.latitude(),
                about.longitude(), about.spokenLanguages(), avatarUrl, createdAt);
    }

    void describe(ProfileDetails details) {
        this.details = details;
    }

    /** Replaces the public profile as a whole; invalid changes are rejected and change nothing. */
    void updateProfile(ProfileChanges changes) {
        List<FieldError> errors = ProfileRules.check(changes);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.displayName = changes.displayName();
        describe(new ProfileDetails(changes.bio(), changes.city(), changes.latitude(), changes.longitude(),
                changes.languages().isEmpty() ? null : String.join(",", changes.languages())));
    }

    /** Needs the current password; the new one follows the sign-up rules. */
    void changePassword(String currentPassword, String newPassword, PasswordEncoder encoder) {
        if (currentPassword == null || !encoder.matches(currentPassword, passwordHash)) {
            throw InvalidInputException.of("currentPassword", "password.wrongCurrent", "is not your current password");
        }
        List<FieldError> errors = PasswordRules.check(newPassword, email);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.passwordHash = encoder.encode(newPassword);
    }

    /** Points at the stored avatar files; {@code avatarPrefix} is the blob key prefix, e.g. avatars/<id>/. */
    void changeAvatar(String avatarPrefix) {
        // the entity version is part of the avatar URL: load the account with AccountRepository#findForNewVersion
        // so a new picture always gets a new URL even though the key stays the same
        this.avatarKey = avatarPrefix;
    }

    @Nullable String avatarKey() {
        return avatarKey;
    }

    /** The optimistic-lock version: the ETag of the profile and part of the avatar URL. */
    long version() {
        return version == null ? 0 : version;
    }

    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** Remember-me cookies are signed over the hash, so a new password also ends every remembered login. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    @Nullable Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    @Nullable Instant marketingConsentAt() {
        return marketingConsentAt;
    }

    @Nullable Instant erasedAt() {
        return erasedAt;
    }

    boolean erased() {
        return erasedAt != null;
    }

    /** Operators give or take staff roles; nobody becomes staff by sign-up. */
    void changeRole(Role newRole) {
        requireNotErased();
        this.role = newRole;
    }

    void consentToMarketing(boolean consent, Instant now) {
        if (!consent) {
            marketingConsentAt = null;
        } else if (marketingConsentAt == null) {
            marketingConsentAt = now;
        }
    }

    /**
     * Pseudonymises the account for good: the row stays (orders, ledger and tax records point at its id) but
     * keeps nothing that names the person. The password hash is replaced with one nobody knows.
     */
    void erase(String pseudonymHandle, String unusablePasswordHash, Instant now) {
        if (erasedAt != null) {
            return;
        }
        this.email = "erased-" + id + "@erased.invalid";
        this.displayName = "Deleted member";
        this.handle = pseudonymHandle;
        this.passwordHash = unusablePasswordHash;
        this.role = Role.MEMBER;
        describe(ProfileDetails.NONE);
        this.avatarKey = null;
        twoFactor().disable();
        this.marketingConsentAt = null;
        this.suspension = suspension == null ? null : new Suspension(suspension.until(), null);
        this.erasedAt = now;
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw InvalidInputException.of("member", "admin.member.erased", "This account was deleted");
        }
    }
}
