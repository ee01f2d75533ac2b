/** Conversations between buyers and sellers, messages, leakage detection, real-time delivery. */
@ApplicationModule(displayName = "Messaging", allowedDependencies = {"orders", "listings", "identity", "kernel"})
@NullMarked
package dev.agora.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
