package dev.agora.listings.internal;

import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.AttributeDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a listing's attribute values against its category's schema and turns them into typed values
 * (text and enum as strings, numbers as decimals, booleans as booleans). Errors name the field
 * {@code attributes.<key>}.
 */
final class AttributeValues {

    private static final int TEXT_DEFAULT_MAX = 200;
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0");

    private AttributeValues() {}

    static Map<String, Object> validate(List<AttributeDefinition> schema, Map<String, String> input, List<FieldError> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>();
        for (AttributeDefinition definition : schema) {
            known.add(definition.key());
            String raw = input.get(definition.key());
            String field = "attributes." + definition.key();
            if (raw == null || raw.isBlank()) {
                if (definition.required() && definition.kind() != AttributeDefinition.Kind.BOOLEAN) {
                    errors.add(new FieldError(field, "attribute.required", definition.label() + " is required"));
                } else if (definition.kind() == AttributeDefinition.Kind.BOOLEAN) {
                    values.put(definition.key(), false);
                }
                continue;
            }
            Object value = typed(definition, raw.strip(), field, errors);
            if (value != null) {
                values.put(definition.key(), value);
            }
        }
        input.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key -> errors.add(new FieldError(
                        "attributes." + key, "attribute.unknown", key + " is not an attribute of this category")));
        return values;
    }

    private static Object typed(AttributeDefinition definition, String raw, String field, List<FieldError> errors) {
        switch (definition.kind()) {
            case ENUM -> {
                if (!definition.options().contains(raw)) {
                    errors.add(new FieldError(field, "attribute.option",
                            definition.label() + " must be one of " + String.join(", ", definition.options())));
                    return null;
                }
                return raw;
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field, "attribute.number", definition.label() + " must be a number"));
                    return null;
                }
                if ((definition.min() != null && number.compareTo(definition.min()) < 0)
                        || (definition.max() != null && number.compareTo(definition.max()) > 0)) {
                    errors.add(new FieldError(field, "attribute.range", definition.label() + " must be between "
                            + plain(definition.min()) + " and " + plain(definition.max())
                            + (definition.unit() == null ? "" : " " + definition.unit())));
                    return null;
                }
                return number.stripTrailingZeros();
            }
            case BOOLEAN -> {
                String lower = raw.toLowerCase(java.util.Locale.ROOT);
                if (TRUE.contains(lower)) {
                    return true;
                }
                if (FALSE.contains(lower)) {
                    return false;
                }
                errors.add(new FieldError(field, "attribute.boolean", definition.label() + " must be yes or no"));
                return null;
            }
            default -> {
                int max = definition.max() == null ? TEXT_DEFAULT_MAX : definition.max().intValue();
                if (raw.length() > max) {
                    errors.add(new FieldError(field, "attribute.length",
                            definition.label() + " must be at most " + max + " characters"));
                    return null;
                }
                return raw;
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "…" : value.stripTrailingZeros().toPlainString();
    }
}
