package dev.agora.messaging.internal.leakage;

/** What kind of off-platform contact detail a finding is. */
public enum ContactKind {
    EMAIL,
    PHONE,
    URL,
    HANDLE
}
