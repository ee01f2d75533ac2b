package dev.agora.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** An account's TOTP secret (none: two-factor is off) and the last time step a code was accepted for. */
@Embeddable
class TwoFactorSecret {

    @Column(name = "totp_secret")
    private @Nullable String secret;

    @Column(name = "totp_last_step")
    private long lastStep;

    @Nullable String secret() {
        return secret;
    }

    long lastStep() {
        return lastStep;
    }

    void enable(String newSecret) {
        if (secret != null) {
            throw new IllegalStateException("Two-factor authentication is already enabled");
        }
        this.secret = newSecret;
        this.lastStep = 0;
    }

    void disable() {
        this.secret = null;
        this.lastStep = 0;
    }

    /** A TOTP code counts once: a step at or before the last accepted one is a replay. */
    boolean accept(long step) {
        if (step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }
}
