package dev.agora.identity.internal;

import dev.agora.identity.PublicProfile;

/** A member's own view of their account: the public profile plus email and the version for ETags. */
public record OwnProfile(PublicProfile profile, String email, long version) {

    ProfileChanges asChanges() {
        return new ProfileChanges(profile.displayName(), profile.bio(), profile.city(), profile.latitude(),
                profile.longitude(), profile.languages());
    }
}
