package dev.agora.messaging;

import java.util.Set;

/**
 * What happened to a message: it was stored (possibly with contact details masked) and, when the policy
 * found contact details, which kinds, so the sender is told why.
 */
public record SendOutcome(MessageView message, Set<String> maskedKinds, boolean warned) {

    public boolean masked() {
        return !maskedKinds.isEmpty() && !warned;
    }
}
