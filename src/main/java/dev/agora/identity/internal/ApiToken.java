package dev.agora.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal API token; the secret itself is never stored, only its SHA-256. */
@Entity
@Table(name = "identity_api_token")
class ApiToken {

    /** Recording every use would write on every API call; once a minute is precise enough to spot stale tokens. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Column(name = "account_id")
    private UUID accountId;

    private String name;

    @Enumerated(EnumType.STRING)
    private TokenScope scope;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_hint")
    private String tokenHint;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        // for JPA
        this.id = UUID.randomUUID();
        this.accountId = UUID.randomUUID();
        this.name = "";
        this.scope = TokenScope.READ;
        this.tokenHash = "";
        this.tokenHint = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(UUID accountId, String name, TokenScope scope, String tokenHash, String tokenHint, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    TokenScope scope() {
        return scope;
    }

    boolean active() {
        return revokedAt == null;
    }

    void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, scope, tokenHint, createdAt, lastUsedAt);
    }
}
