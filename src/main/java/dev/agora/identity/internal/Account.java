package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

    private @Nullable String bio;
    private @Nullable String city;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private @Nullable String languages;

    @Column(name = "avatar_key")
    private @Nullable String avatarKey;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "totp_secret")
    private @Nullable String totpSecret;

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
        this.createdAt = Instant.EPOCH;
    }

    Account(String email, String passwordHash, String displayName, String handle, Role role, Instant now) {
        this.id = UUID.randomUUID();
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

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Member toMember(Instant now) {
        return new Member(id(), email, handle, displayName, role, lockedAt(now), passwordHash);
    }

    PublicProfile toPublicProfile() {
        List<String> spoken = languages == null || languages.isBlank()
                ? List.of()
                : Arrays.stream(languages.split(",")).map(String::strip).toList();
        String avatarUrl = avatarKey == null ? null : "/u/" + handle + "/avatar?v=" + version;
        return new PublicProfile(
                id(), handle, displayName, bio, city, latitude, longitude, spoken, avatarUrl, createdAt);
    }

    void describe(
            @Nullable String bio,
            @Nullable String city,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String languages) {
        this.bio = bio;
        this.city = city;
        this.latitude = latitude;
        this.longitude = longitude;
        this.languages = languages;
    }

    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    // ---- REST API (api helper): version for ETags, profile updates, second-factor flag ----

    long version() {
        return version == null ? 0 : version;
    }

    boolean secondFactorEnabled() {
        return totpSecret != null;
    }

    /** Replaces the self-described profile fields at once; rejects all of it if any field is out of bounds. */
    void updateProfile(ProfileChanges changes) {
        ProfileChanges valid = changes.validated();
        this.displayName = valid.displayName();
        this.bio = valid.bio();
        this.city = valid.city();
        this.latitude = valid.latitude();
        this.longitude = valid.longitude();
        this.languages = valid.languages().isEmpty() ? null : String.join(",", valid.languages());
    }

    // ---- end REST API block ----
}
