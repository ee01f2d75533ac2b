package dev.agora.identity.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * RFC 7396 JSON merge patch over the editable profile fields: a member names only what changes, and
 * {@code null} clears a field. Unknown fields and wrong types are rejected, naming the field.
 */
final class ProfileMergePatch {

    static final Set<String> FIELDS = Set.of("displayName", "bio", "city", "latitude", "longitude", "languages");

    private ProfileMergePatch() {}

    static ProfileChanges apply(ProfileChanges current, Map<String, @Nullable Object> patch) {
        List<FieldError> errors = new ArrayList<>();
        patch.keySet().stream().filter(field -> !FIELDS.contains(field)).forEach(field ->
                errors.add(new FieldError(field, "field.unknown", "is not a field you can change here")));
        var fields = new Fields(patch, errors);
        var changed = new ProfileChanges(
                fields.text("displayName", current.displayName()),
                fields.text("bio", current.bio()),
                fields.text("city", current.city()),
                fields.number("latitude", current.latitude()),
                fields.number("longitude", current.longitude()),
                fields.list("languages", current.languages()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return changed;
    }

    private record Fields(Map<String, @Nullable Object> patch, List<FieldError> errors) {

        @Nullable String text(String field, @Nullable String current) {
            if (!patch.containsKey(field)) {
                return current;
            }
            Object value = patch.get(field);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            errors.add(new FieldError(field, "field.type", "must be text"));
            return current;
        }

        @Nullable Double number(String field, @Nullable Double current) {
            if (!patch.containsKey(field)) {
                return current;
            }
            Object value = patch.get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            errors.add(new FieldError(field, "field.type", "must be a number"));
            return current;
        }

        List<String> list(String field, List<String> current) {
            if (!patch.containsKey(field)) {
                return current;
            }
            Object value = patch.get(field);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
                return items.stream().map(String.class::cast).toList();
            }
            errors.add(new FieldError(field, "field.type", "must be a list of language codes"));
            return current;
        }
    }
}
