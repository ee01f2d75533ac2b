package dev.agora.orders;

import dev.agora.kernel.money.Money;
import java.util.List;

/**
 * A price breakdown from the one pricing function. Always exact, in minor units:
 * {@code buyerTotal = items + delivery + buyerFee − discount} (the buyer lines) and
 * {@code sellerNet + commission + platformFee + deposit = buyerTotal} (issue 7: a rental's deposit is a buyer line
 * outside every share; it goes back to the buyer less late fees when the item is returned).
 *
 * @param platformFee the buyer fee less the promotional discount (the platform funds promotions from its fee)
 */
public record Quote(List<LineItem> lines, Money buyerTotal, Money commission, Money platformFee, Money sellerNet) {

    /** Issue 7: the rental deposit in this breakdown, zero without one. */
    public Money deposit() {
        return lines.stream().filter(l -> l.kind() == LineItem.Kind.DEPOSIT).map(LineItem::amount)
                .reduce(Money.zero(buyerTotal.currency()), Money::plus);
    }
}
