package dev.agora.orders;

import dev.agora.kernel.money.Money;
import java.util.List;

/**
 * A price breakdown from the one pricing function. Always exact, in minor units:
 * {@code buyerTotal = items + delivery + buyerFee − discount} (the buyer lines) and
 * {@code sellerNet + commission + platformFee = buyerTotal}.
 *
 * @param platformFee the buyer fee less the promotional discount (the platform funds promotions from its fee)
 */
public record Quote(List<LineItem> lines, Money buyerTotal, Money commission, Money platformFee, Money sellerNet) {}
