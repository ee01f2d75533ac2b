package dev.agora.identity.internal;

/** A token just created, with its secret: shown to its owner this once, never again. */
public record IssuedToken(ApiTokenView token, String secret) {}
