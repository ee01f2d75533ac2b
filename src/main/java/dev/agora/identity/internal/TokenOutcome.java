package dev.agora.identity.internal;

/** What following a mailed link achieved; the web pages explain each case. */
public enum TokenOutcome {
    DONE,
    USED,
    EXPIRED,
    UNKNOWN
}
