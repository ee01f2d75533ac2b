package dev.agora.trust;

import dev.agora.identity.AccountId;

/**
 * Where other modules report what identifies a member's device, address or payment method (trust records the
 * device itself from a cookie). Values are hashed before they are stored; members sharing one count as a fraud
 * signal.
 */
public interface Fingerprints {

    enum Kind { DEVICE, ADDRESS, PAYMENT }

    void record(AccountId member, Kind kind, String value);
}
