package dev.agora.fulfillment.internal;

import java.security.SecureRandom;

/** Six-digit one-time handoff codes from a secure random source (a guess has a 1 in 10⁶ chance, 5 tries allowed). */
final class HandoffCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HandoffCodes() {}

    static String next() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
