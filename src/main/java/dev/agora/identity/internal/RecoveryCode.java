package dev.agora.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A two-factor recovery code, stored as a SHA-256 hash: the codes are 16 random characters (~80 bits), too
 * many to guess, so a fast hash suffices. Each works once.
 */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        // for JPA
        this(UUID.randomUUID(), "");
    }

    RecoveryCode(UUID accountId, String code) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = hash(code);
    }

    static String hash(String code) {
        return SecretTokens.hash(code.strip().toLowerCase(java.util.Locale.ROOT));
    }

    boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }
}
