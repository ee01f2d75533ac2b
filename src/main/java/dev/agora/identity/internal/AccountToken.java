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

/** A single-use link token (email verification, password reset); only its hash is kept. */
@Entity
@Table(name = "identity_account_token")
class AccountToken {

    enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    /** The stored token and the secret that goes into the link, which exists only in this value. */
    record Issued(AccountToken token, String secret) {}

    @Id
    private UUID id;

    @Column(name = "account_id")
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountToken() {
        // for JPA
        this(UUID.randomUUID(), Purpose.VERIFY_EMAIL, "", Instant.EPOCH, Duration.ZERO);
    }

    private AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant now, Duration validity) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    static Issued issue(UUID accountId, Purpose purpose, Duration validity, Instant now) {
        String secret = SecretTokens.random();
        return new Issued(new AccountToken(accountId, purpose, SecretTokens.hash(secret), now, validity), secret);
    }

    UUID accountId() {
        return accountId;
    }

    TokenOutcome checkAt(Instant now) {
        if (usedAt != null) {
            return TokenOutcome.USED;
        }
        return now.isBefore(expiresAt) ? TokenOutcome.DONE : TokenOutcome.EXPIRED;
    }

    /** Redeems the token; a used or expired token is refused and stays as it is. */
    TokenOutcome use(Instant now) {
        TokenOutcome outcome = checkAt(now);
        if (outcome == TokenOutcome.DONE) {
            usedAt = now;
        }
        return outcome;
    }

    /** Retires a token that was not used, e.g. older reset links once the password changed. */
    void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
