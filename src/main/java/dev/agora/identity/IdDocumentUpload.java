package dev.agora.identity;

import org.jspecify.annotations.Nullable;

/**
 * A photo of a government ID as a member uploads it: the type (PASSPORT, ID_CARD, DRIVING_LICENCE), the number
 * printed on it (only its last characters are kept) and the image bytes (JPEG, PNG or WebP).
 */
public record IdDocumentUpload(@Nullable String documentType, @Nullable String documentNumber, byte @Nullable [] image) {}
