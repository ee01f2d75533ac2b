package dev.agora.identity.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a member may change about their public profile (settings page, {@code PATCH /api/v1/me}). Text is
 * trimmed and blanks become "not given"; {@link Account#updateProfile} validates the result.
 */
public record ProfileChanges(
        String displayName,
        @Nullable String bio,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> languages) {

    public ProfileChanges {
        displayName = displayName == null ? "" : displayName.strip();
        bio = blankToNull(bio);
        city = blankToNull(city);
        languages = languages == null
                ? List.of()
                : languages.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .map(code -> code.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
