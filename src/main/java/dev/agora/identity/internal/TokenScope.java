package dev.agora.identity.internal;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** What a personal API token may do: only read (GET), or read and write. */
public enum TokenScope {
    READ("read"),
    READ_WRITE("read-write");

    private final String label;

    TokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean allowsWrites() {
        return this == READ_WRITE;
    }

    /** The scope a client named; read-only when it named none (least privilege). */
    public static TokenScope parse(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return READ;
        }
        return Arrays.stream(values())
                .filter(scope -> scope.label.equals(label.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("scope", "scope.invalid", "must be 'read' or 'read-write'"));
    }
}
