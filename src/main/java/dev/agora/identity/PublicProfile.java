package dev.agora.identity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What anyone may see of a member on {@code /u/{handle}} and in the API. */
public record PublicProfile(
        AccountId id,
        String handle,
        String displayName,
        @Nullable String bio,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> languages,
        @Nullable String avatarUrl,
        Instant memberSince) {}
