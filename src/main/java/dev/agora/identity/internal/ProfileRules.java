package dev.agora.identity.internal;

import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Limits of the public profile; they match the column sizes of {@code identity_account}. */
final class ProfileRules {

    static final int MAX_DISPLAY_NAME = 80;
    static final int MAX_BIO = 2000;
    static final int MAX_CITY = 120;
    static final int MAX_LANGUAGES = 10;

    private ProfileRules() {}

    static List<FieldError> check(ProfileChanges changes) {
        List<FieldError> errors = new ArrayList<>();
        if (changes.displayName().isEmpty() || changes.displayName().length() > MAX_DISPLAY_NAME) {
            errors.add(new FieldError("displayName", "displayName.length", "must be 1 to 80 characters"));
        }
        if (changes.bio() != null && changes.bio().length() > MAX_BIO) {
            errors.add(new FieldError("bio", "bio.tooLong", "must be at most 2000 characters"));
        }
        if (changes.city() != null && changes.city().length() > MAX_CITY) {
            errors.add(new FieldError("city", "city.tooLong", "must be at most 120 characters"));
        }
        if (!within(changes.latitude(), 90)) {
            errors.add(new FieldError("latitude", "latitude.range", "must be a number from -90 to 90"));
        }
        if (!within(changes.longitude(), 180)) {
            errors.add(new FieldError("longitude", "longitude.range", "must be a number from -180 to 180"));
        }
        if ((changes.latitude() == null) != (changes.longitude() == null)) {
            String missing = changes.latitude() == null ? "latitude" : "longitude";
            errors.add(new FieldError(missing, "coordinates.incomplete", "give both latitude and longitude, or neither"));
        }
        if (changes.languages().size() > MAX_LANGUAGES) {
            errors.add(new FieldError("languages", "languages.tooMany", "choose at most 10 languages"));
        } else if (!Languages.CODES.containsAll(changes.languages())) {
            errors.add(new FieldError("languages", "languages.unknown", "must be ISO 639-1 language codes"));
        }
        return errors;
    }

    private static boolean within(@Nullable Double value, double limit) {
        return value == null || (!value.isNaN() && value >= -limit && value <= limit);
    }
}
