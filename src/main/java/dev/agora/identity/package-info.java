/** Accounts, credentials, API tokens, public profiles and roles. */
@ApplicationModule(displayName = "Identity", allowedDependencies = "kernel")
@NullMarked
package dev.agora.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
