package dev.agora.orders.internal.pricing;

import dev.agora.kernel.money.Money;
import dev.agora.orders.LineItem;
import dev.agora.orders.LineItem.Kind;
import dev.agora.orders.Quote;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * THE pricing function: every quote, checkout and stored order comes from here. All shares go through
 * {@link Money#percentOf(long)} (the one rounding rule, half-even); everything else is integer addition, so
 * the lines sum exactly. The promotional discount is funded from the buyer fee and never exceeds it, so the
 * ledger's release (escrow → seller net + commission + fee) needs no other account.
 */
public final class Pricing {

    private Pricing() {}

    public static Quote price(Money unitPrice, long quantity, String unitLabel, @Nullable Money deliveryFee,
            CommissionTerms terms, long promoBasisPoints) {
        return price(unitPrice, quantity, unitLabel, deliveryFee, false, terms, promoBasisPoints);
    }

    /**
     * @param platformDelivery the platform runs the delivery (courier): its fee goes to the platform with the buyer
     *     fee instead of to the seller, and the seller's commission is on the items only, as always
     */
    public static Quote price(Money unitPrice, long quantity, String unitLabel, @Nullable Money deliveryFee,
            boolean platformDelivery, CommissionTerms terms, long promoBasisPoints) {
        return price(unitPrice, quantity, unitLabel, deliveryFee, platformDelivery, terms, promoBasisPoints, null);
    }

    /**
     * @param deposit issue 7: a rental's refundable deposit; a buyer line added after every share is computed (no fee,
     *     commission or discount on it), so {@code sellerNet + commission + platformFee + deposit = buyerTotal}
     */
    public static Quote price(Money unitPrice, long quantity, String unitLabel, @Nullable Money deliveryFee,
            boolean platformDelivery, CommissionTerms terms, long promoBasisPoints, @Nullable Money deposit) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        Money zero = Money.zero(unitPrice.currency());
        Money items = unitPrice.times(quantity);
        Money delivery = deliveryFee == null ? zero : deliveryFee;
        Money gross = items.plus(delivery);

        long fee = gross.percentOf(terms.buyerBasisPoints()).minorUnits() + terms.buyerFixedMinor();
        fee = Math.max(fee, terms.minFeeMinor());
        if (terms.maxFeeMinor() > 0) {
            fee = Math.min(fee, terms.maxFeeMinor());
        }
        Money buyerFee = new Money(fee, unitPrice.currency());
        Money commission = min(items.percentOf(terms.sellerBasisPoints()), gross);
        Money discount = min(items.percentOf(Math.max(0, Math.min(promoBasisPoints, 10_000))), buyerFee);

        List<LineItem> lines = new ArrayList<>();
        lines.add(new LineItem(Kind.ITEM, unitLabel, quantity, items));
        if (delivery.isPositive()) {
            lines.add(new LineItem(Kind.DELIVERY, "delivery", 1, delivery));
        }
        if (buyerFee.isPositive()) {
            lines.add(new LineItem(Kind.BUYER_FEE, "service-fee", 1, buyerFee));
        }
        if (discount.isPositive()) {
            lines.add(new LineItem(Kind.DISCOUNT, "promotion", 1, zero.minus(discount)));
        }
        if (deposit != null && deposit.isPositive()) {
            lines.add(new LineItem(Kind.DEPOSIT, "deposit", 1, deposit));
        }
        lines.add(new LineItem(Kind.SELLER_COMMISSION, "commission", 1, commission));

        Money total = lines.stream().filter(l -> l.kind().paidByBuyer()).map(LineItem::amount).reduce(zero, Money::plus);
        Money platformFee = buyerFee.minus(discount);
        Money sellerGross = gross;
        if (platformDelivery) {
            platformFee = platformFee.plus(delivery);
            sellerGross = items;
        }
        return new Quote(List.copyOf(lines), total, commission, platformFee, sellerGross.minus(commission));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
