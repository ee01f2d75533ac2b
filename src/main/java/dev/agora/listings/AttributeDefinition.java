package dev.agora.listings;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a category's schema, e.g. brand (text), size (enum), frame height (number, cm, 40–70).
 *
 * @param options allowed values of an enum
 * @param unit shown after a number, e.g. "cm"
 * @param min smallest allowed number, inclusive
 * @param max largest allowed number, inclusive (for text: the longest length)
 */
public record AttributeDefinition(
        String key,
        String label,
        Kind kind,
        boolean required,
        List<String> options,
        @Nullable String unit,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {

    public AttributeDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public enum Kind {
        ENUM,
        NUMBER,
        TEXT,
        BOOLEAN
    }
}
