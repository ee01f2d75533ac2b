package dev.agora.orders.internal.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.kernel.money.Money;
import dev.agora.orders.LineItem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PricingProperties {

    @Property
    void linesAlwaysSumExactly(@ForAll @LongRange(min = 1, max = 100_000_000) long unitMinor,
            @ForAll @IntRange(min = 1, max = 50) int quantity, @ForAll @LongRange(min = 0, max = 10_000) long delivery,
            @ForAll @LongRange(min = 0, max = 3_000) long sellerBp, @ForAll @LongRange(min = 0, max = 3_000) long buyerBp,
            @ForAll @LongRange(min = 0, max = 500) long fixed, @ForAll @LongRange(min = 0, max = 10_000) long promoBp,
            @ForAll @LongRange(min = 0, max = 2_000) long minFee, @ForAll @LongRange(min = 0, max = 20_000) long extraMax) {
        var terms = new CommissionTerms(sellerBp, buyerBp, fixed, minFee, extraMax == 0 ? 0 : minFee + extraMax);
        var quote = Pricing.price(Money.ofMinor(unitMinor, "EUR"), quantity, "item",
                delivery == 0 ? null : Money.ofMinor(delivery, "EUR"), terms, promoBp);

        long buyerLines = quote.lines().stream().filter(l -> l.kind().paidByBuyer()).mapToLong(l -> l.amount().minorUnits()).sum();
        assertThat(buyerLines).isEqualTo(quote.buyerTotal().minorUnits());
        assertThat(quote.sellerNet().plus(quote.commission()).plus(quote.platformFee())).isEqualTo(quote.buyerTotal());
        assertThat(quote.sellerNet().minorUnits()).isNotNegative();
        assertThat(quote.platformFee().minorUnits()).isNotNegative();
        assertThat(quote.commission()).isEqualTo(Money.ofMinor(unitMinor * quantity, "EUR").percentOf(sellerBp));
    }

    @Test
    void aTypicalBreakdown() {
        var terms = new CommissionTerms(1000, 500, 50, 0, 5000);
        var quote = Pricing.price(Money.of("350.00", "EUR"), 1, "Road bike", Money.of("4.99", "EUR"), terms, 0);
        assertThat(quote.lines()).extracting(LineItem::kind).containsExactly(LineItem.Kind.ITEM, LineItem.Kind.DELIVERY,
                LineItem.Kind.BUYER_FEE, LineItem.Kind.SELLER_COMMISSION);
        // fee: 5 % of 354.99 = 17.7495 → 17.75 (half-even on the cent) + 0.50
        assertThat(quote.buyerTotal()).isEqualTo(Money.of("373.24", "EUR"));
        assertThat(quote.commission()).isEqualTo(Money.of("35.00", "EUR"));
        assertThat(quote.sellerNet()).isEqualTo(Money.of("319.99", "EUR"));
    }

    @Test
    void theFeeIsCappedPerOrderAndAPromotionNeverExceedsIt() {
        var terms = new CommissionTerms(1000, 500, 0, 100, 2000);
        var quote = Pricing.price(Money.of("1000.00", "EUR"), 1, "x", null, terms, 10_000);
        assertThat(quote.platformFee()).isEqualTo(Money.ofMinor(0, "EUR"));
        assertThat(quote.buyerTotal()).isEqualTo(Money.of("1000.00", "EUR"));
    }
}
