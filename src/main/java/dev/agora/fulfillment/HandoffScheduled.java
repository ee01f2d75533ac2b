package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.time.LocalDate;

/** Published when a courier pickup or delivery window is booked. */
public record HandoffScheduled(OrderId orderId, AccountId buyerId, AccountId sellerId, String kind, LocalDate day, int windowStartHour, Instant occurredAt) {}
