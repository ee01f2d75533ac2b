package dev.agora.identity.internal.api;

import dev.agora.identity.PublicProfile;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A public profile in API answers. */
record UserResponse(
        String id,
        String handle,
        String displayName,
        @Nullable String bio,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> languages,
        @Nullable String avatarUrl,
        Instant memberSince) {

    static UserResponse of(PublicProfile profile) {
        return new UserResponse(profile.id().toString(), profile.handle(), profile.displayName(), profile.bio(),
                profile.city(), profile.latitude(), profile.longitude(), profile.languages(), profile.avatarUrl(),
                profile.memberSince());
    }
}
