/**
 * Verification levels: phone by SMS code (an {@link dev.agora.identity.internal.verification.SmsSender} port),
 * government ID and business through a {@link dev.agora.identity.internal.verification.KycProvider} port, both with
 * sandbox adapters; ID documents encrypted at rest and deleted after the decision plus a retention period.
 */
@NullMarked
package dev.agora.identity.internal.verification;

import org.jspecify.annotations.NullMarked;
