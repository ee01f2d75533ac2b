package dev.agora.kernel.idempotency;

import org.jspecify.annotations.Nullable;

/** What is stored under one key: the request's fingerprint and, once finished, the response. */
record IdempotencyRecord(
        String requestHash, boolean finished, int status, String headers, byte @Nullable [] body) {}
