package dev.agora.messaging;

import java.util.UUID;

/** Identifies a conversation between a buyer and a seller about one listing or one order. */
public record ConversationId(UUID value) {

    public static ConversationId of(String value) {
        return new ConversationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
