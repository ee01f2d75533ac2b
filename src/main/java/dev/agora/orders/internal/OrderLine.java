package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import dev.agora.orders.LineItem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored line of the order's breakdown. */
@Embeddable
class OrderLine {

    @Enumerated(EnumType.STRING)
    private LineItem.Kind kind;

    private String label;

    private long quantity;

    @Column(name = "amount_minor")
    private long amountMinor;

    protected OrderLine() {}

    OrderLine(LineItem line) {
        this.kind = line.kind();
        this.label = line.label();
        this.quantity = line.quantity();
        this.amountMinor = line.amount().minorUnits();
    }

    LineItem view(String currency) {
        return new LineItem(kind, label, quantity, Money.ofMinor(amountMinor, currency));
    }
}
