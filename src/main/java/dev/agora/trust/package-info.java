/**
 * Trust and safety: the append-only audit log of staff actions, reports and moderation (queue, actions, appeals),
 * disputes with buyer protection, fraud rules with risk scores and holds, seller levels and strikes (the
 * {@code SellerStanding} of orders and the level badge of listings' {@code SellerSignals}). Other modules (the
 * console above all) record staff actions through {@link dev.agora.trust.AuditLog}. See docs/trust.md.
 */
@ApplicationModule(displayName = "Trust and safety")
@NullMarked
package dev.agora.trust;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
