package dev.agora.messaging;

/** No such conversation, or the caller is not one of its participants (the two look the same on purpose). */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String id) {
        super("No conversation " + id);
    }
}
