package dev.agora.kernel.pagination;

import dev.agora.kernel.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The position after the last row of a page, as the values of the sort keys (e.g. created-at and id).
 * Encoded as URL-safe Base64 without padding so it travels in a query string untouched; clients must treat
 * it as opaque, which leaves us free to change what is inside.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or {@code null} for the first page; rejects anything we did not make. */
    public static @Nullable Cursor decode(@Nullable String encoded, int expectedKeys) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> keys = List.of(plain.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw invalid();
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor this API handed out");
    }
}
