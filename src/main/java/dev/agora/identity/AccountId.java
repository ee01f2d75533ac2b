package dev.agora.identity;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a member account; other modules keep this, never the account itself. Serializable for sessions. */
public record AccountId(UUID value) implements Serializable {

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
