package dev.agora.kernel.pagination;

import dev.agora.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** How many items a client asked for: 1 to 100, 20 when it did not say. */
public record PageLimit(int value) {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    public PageLimit {
        if (value < 1 || value > MAX) {
            throw InvalidInputException.of("limit", "limit.range", "must be between 1 and " + MAX);
        }
    }

    public static PageLimit of(@Nullable Integer requested) {
        return new PageLimit(requested == null ? DEFAULT : requested);
    }

    /** Rows to fetch: one more than shown, to know whether a next page exists. */
    public int fetchSize() {
        return value + 1;
    }
}
