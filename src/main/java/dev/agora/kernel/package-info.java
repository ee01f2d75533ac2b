/**
 * Shared kernel: money, ids, clock, problem+json handling, Idempotency-Key, pagination and the web shell
 * conventions every business module uses. Open, so its sub-packages are usable by every module.
 */
@ApplicationModule(displayName = "Kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.agora.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
