package dev.agora.messaging.internal.leakage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The outcome of scanning one message: what was found and the message with those parts masked. */
public record LeakageScan(String original, List<Finding> findings, String masked) {

    public static final String MASK = "[•••]";

    public boolean found() {
        return !findings.isEmpty();
    }

    public Set<ContactKind> kinds() {
        return findings.stream().map(Finding::kind).collect(Collectors.toUnmodifiableSet());
    }
}
