package dev.agora.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A token as its owner sees it in lists: never the secret, only its first characters as a hint. */
public record ApiTokenView(
        UUID id, String name, TokenScope scope, String hint, Instant createdAt, @Nullable Instant lastUsedAt) {}
