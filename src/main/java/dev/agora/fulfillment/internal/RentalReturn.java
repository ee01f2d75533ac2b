package dev.agora.fulfillment.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The return of a rented item. Due at the end of the rental period; the return time is fixed once (so a retried
 * settlement charges the same late fee); each started day after the due time costs the late fee, at most the deposit.
 */
@Entity
@Table(name = "fulfillment_rental_return")
class RentalReturn {

    enum Status { OUT, OVERDUE, RETURNED }

    @Id
    private UUID orderId;
    private UUID buyerId;
    private UUID sellerId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant dueAt;
    private String currency;
    private long depositMinor;
    private @Nullable Instant returnedAt;
    private int daysLate;
    private long lateFeeMinor;
    private @Nullable String confirmedBy;
    private Instant createdAt;
    @Version
    private long version;

    protected RentalReturn() {}

    RentalReturn(OrderId order, AccountId buyer, AccountId seller, Instant dueAt, Money deposit, Instant now) {
        this.orderId = order.value();
        this.buyerId = buyer.value();
        this.sellerId = seller.value();
        this.status = Status.OUT;
        this.dueAt = dueAt;
        this.currency = deposit.currencyCode();
        this.depositMinor = deposit.minorUnits();
        this.createdAt = now;
    }

    /** Fixes the return time and the late fee (once): days late = started days after the due time. */
    Money returned(Instant at, String by, Money feePerDay) {
        if (status == Status.RETURNED) {
            throw InvalidInputException.of("order", "fulfillment.return.done", "The return is already confirmed");
        }
        if (returnedAt == null) {
            returnedAt = at;
            confirmedBy = by;
            long lateSeconds = Math.max(0, Duration.between(dueAt, at).toSeconds());
            daysLate = (int) ((lateSeconds + 86_399) / 86_400);
            lateFeeMinor = Math.min(depositMinor, Math.multiplyExact(feePerDay.minorUnits(), (long) daysLate));
        }
        return lateFee();
    }

    void settled() {
        status = Status.RETURNED;
    }

    /** Not back by the deadline plus grace: an operator looks at it. False when it came back meanwhile. */
    boolean overdue() {
        if (status != Status.OUT || returnedAt != null) {
            return false;
        }
        status = Status.OVERDUE;
        return true;
    }

    OrderId orderId() { return new OrderId(orderId); }
    AccountId buyerId() { return new AccountId(buyerId); }
    AccountId sellerId() { return new AccountId(sellerId); }
    Status status() { return status; }
    Instant dueAt() { return dueAt; }
    Money deposit() { return Money.ofMinor(depositMinor, currency); }
    Money lateFee() { return Money.ofMinor(lateFeeMinor, currency); }
    int daysLate() { return daysLate; }
    @Nullable Instant returnedAt() { return returnedAt; }
}
