package dev.agora.messaging;

import java.util.UUID;

/**
 * Moderation of single messages, for the trust module (which checks the staff role and writes the audit entry in
 * the same transaction). A removed message keeps its place in the conversation; both participants see "removed by a
 * moderator" instead of its text and image.
 */
public interface MessageModeration {

    /** Removes the message from view; returns it as the participants saw it before. Unknown ids are invalid input. */
    MessageView remove(UUID messageId);

    /** Puts a removed message back (an appeal upheld); does nothing for a message that is not removed. */
    void restore(UUID messageId);
}
