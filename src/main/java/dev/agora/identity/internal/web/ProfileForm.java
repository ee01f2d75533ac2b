package dev.agora.identity.internal.web;

import dev.agora.identity.PublicProfile;
import dev.agora.identity.internal.ProfileChanges;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The profile part of the settings page as typed; coordinates stay text so any input can be re-shown. */
record ProfileForm(
        @Nullable String displayName,
        @Nullable String bio,
        @Nullable String city,
        @Nullable String latitude,
        @Nullable String longitude,
        @Nullable List<String> languages) {

    static ProfileForm of(PublicProfile profile) {
        return new ProfileForm(
                profile.displayName(),
                profile.bio(),
                profile.city(),
                profile.latitude() == null ? null : profile.latitude().toString(),
                profile.longitude() == null ? null : profile.longitude().toString(),
                profile.languages());
    }

    public List<String> chosenLanguages() {
        return languages == null ? List.of() : languages;
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(
                displayName == null ? "" : displayName, bio, city, coordinate(latitude), coordinate(longitude),
                chosenLanguages());
    }

    /** Accepts a decimal comma too; anything else becomes NaN, which the range check rejects with its message. */
    private static @Nullable Double coordinate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
