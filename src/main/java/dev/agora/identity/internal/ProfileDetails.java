package dev.agora.identity.internal;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member tells about themselves on their public profile besides their name: all optional, replaced as a
 * whole. {@code languages} is stored comma-separated.
 */
@Embeddable
record ProfileDetails(
        @Nullable String bio,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String languages) {

    static final ProfileDetails NONE = new ProfileDetails(null, null, null, null, null);

    List<String> spokenLanguages() {
        return languages == null || languages.isBlank()
                ? List.of()
                : Arrays.stream(languages.split(",")).map(String::strip).toList();
    }
}
