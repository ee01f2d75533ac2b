package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import java.time.Instant;

/**
 * A refund that is not a transition: the seller or staff gave money back, in escrow or after the release (issue 6).
 * Published inside the transaction that records it, so a synchronous listener (trust's audit log for staff) commits
 * with it.
 *
 * @param staff true when an operator gave it (the reason then goes to the audit log)
 * @param afterRelease true when the order's money had already been released to the seller
 */
public record RefundGranted(OrderId orderId, AccountId by, boolean staff, Money amount, boolean afterRelease,
        String reason, Instant occurredAt) {}
