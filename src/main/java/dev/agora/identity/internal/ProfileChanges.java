package dev.agora.identity.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The whole self-described part of a profile after a change: display name, bio, city, location, languages.
 * {@link #validated()} trims text, turns blanks into nothing, and rejects values out of bounds.
 */
public record ProfileChanges(
        String displayName,
        @Nullable String bio,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> languages) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public ProfileChanges {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    ProfileChanges validated() {
        String name = displayName == null ? "" : displayName.strip();
        String cleanBio = blankToNull(bio);
        String cleanCity = blankToNull(city);
        List<String> spoken = languages.stream().map(String::strip).distinct().toList();
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > 80) {
            errors.add(new FieldError("displayName", "displayName.length", "must be 1 to 80 characters"));
        }
        if (cleanBio != null && cleanBio.length() > 2000) {
            errors.add(new FieldError("bio", "bio.length", "must be at most 2000 characters"));
        }
        if (cleanCity != null && cleanCity.length() > 120) {
            errors.add(new FieldError("city", "city.length", "must be at most 120 characters"));
        }
        if ((latitude == null) != (longitude == null)) {
            errors.add(new FieldError("latitude", "location.incomplete", "latitude and longitude go together"));
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            errors.add(new FieldError("latitude", "latitude.range", "must be between -90 and 90"));
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            errors.add(new FieldError("longitude", "longitude.range", "must be between -180 and 180"));
        }
        if (spoken.size() > 10 || !spoken.stream().allMatch(code -> LANGUAGE.matcher(code).matches())) {
            errors.add(new FieldError("languages", "languages.invalid", "must be up to 10 language codes such as 'en' or 'de'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProfileChanges(name, cleanBio, cleanCity, latitude, longitude, spoken);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
