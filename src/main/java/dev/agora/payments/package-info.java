/**
 * Payments: the {@link dev.agora.payments.PaymentGateway} port with a sandbox and a Stripe adapter, every provider
 * call recorded under its idempotency key, signed provider webhooks processed once, payouts, reconciliation of
 * the ledger against the provider's records. Orders call {@link dev.agora.payments.Payments}.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = {"ledger", "kernel"})
@NullMarked
package dev.agora.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
