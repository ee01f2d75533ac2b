package dev.agora.orders.internal.api;

import dev.agora.kernel.money.Money;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderView;
import dev.agora.orders.Quote;
import java.time.Instant;
import java.util.List;

/** The API's order: amounts as decimal strings with their currency, never floating point. */
record OrderJson(String id, String listingId, String listingTitle, String buyerId, String sellerId, String process,
        int processVersion, String state, boolean finished, long quantity, QuoteJson price, List<OrderView.Step> timeline,
        List<String> availableTransitions, Instant placedAt) {

    static OrderJson of(OrderView order) {
        return new OrderJson(order.id().toString(), order.listingId().toString(), order.listingTitle(),
                order.buyerId().toString(), order.sellerId().toString(), order.process(), order.processVersion(),
                order.state(), order.finished(), order.quantity(), QuoteJson.of(order.quote()), order.timeline(),
                order.availableTransitions(), order.placedAt());
    }

    record AmountJson(String amount, String currency, long minorUnits) {
        static AmountJson of(Money money) {
            return new AmountJson(money.amount().toPlainString(), money.currencyCode(), money.minorUnits());
        }
    }

    record LineJson(String kind, String label, long quantity, AmountJson amount) {}

    record QuoteJson(List<LineJson> lines, AmountJson buyerTotal, AmountJson sellerCommission, AmountJson platformFee,
            AmountJson sellerNet) {
        static QuoteJson of(Quote quote) {
            return new QuoteJson(quote.lines().stream().map(OrderJson::line).toList(), AmountJson.of(quote.buyerTotal()),
                    AmountJson.of(quote.commission()), AmountJson.of(quote.platformFee()), AmountJson.of(quote.sellerNet()));
        }
    }

    private static LineJson line(LineItem line) {
        return new LineJson(line.kind().name(), line.label(), line.quantity(), AmountJson.of(line.amount()));
    }
}
