/**
 * Orders: checkout with exact pricing, stock reservations, transaction processes as data (buy now, request to
 * book) with persistent timers, and the payment steps through {@link dev.agora.payments.Payments}.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = {"listings", "payments", "ledger", "identity", "kernel"})
@NullMarked
package dev.agora.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
