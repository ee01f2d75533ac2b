/**
 * Double-blind reviews after a completed order, public replies, hiding by staff, reputation (Bayesian average)
 * and the rating, verification and response-time signals listings show about sellers.
 */
@ApplicationModule(displayName = "Reviews",
        allowedDependencies = {"orders", "identity", "listings", "messaging", "kernel"})
@NullMarked
package dev.agora.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
