/**
 * Trust and safety: the append-only audit log of staff actions, reports and moderation, disputes with buyer
 * protection, fraud rules, verification workflows and strikes. Other modules (the console above all) record staff
 * actions through {@link dev.agora.trust.AuditLog}.
 */
@ApplicationModule(displayName = "Trust and safety")
@NullMarked
package dev.agora.trust;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
