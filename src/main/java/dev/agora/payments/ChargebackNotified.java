package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/**
 * The provider told us a card payment is disputed by the card holder's bank (a chargeback, Stripe's
 * {@code charge.dispute.created}): the amount is gone from the platform's balance. The trust module opens a
 * dispute of its own kind. {@code providerEventId} identifies the notice.
 */
public record ChargebackNotified(String providerEventId, String orderRef, Money amount, String providerReference,
        Instant occurredAt) {}
