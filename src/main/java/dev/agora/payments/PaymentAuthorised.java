package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** An authorisation that needed a buyer action completed later (webhook or sandbox confirmation). */
public record PaymentAuthorised(String orderRef, String idempotencyKey, Money amount, Instant occurredAt) {}
