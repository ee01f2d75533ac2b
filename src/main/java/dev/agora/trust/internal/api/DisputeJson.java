package dev.agora.trust.internal.api;

import dev.agora.kernel.money.Money;
import dev.agora.trust.internal.disputes.Dispute;
import dev.agora.trust.internal.disputes.DisputeStep;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dispute in the API, with its timeline when read one by one. */
record DisputeJson(String id, String orderId, String buyerId, String sellerId, String kind, String status,
        @Nullable AmountJson offer, @Nullable String outcome, @Nullable AmountJson refunded, Instant sellerDueAt,
        Instant openedAt, @Nullable Instant decidedAt, List<StepJson> timeline) {

    record AmountJson(String amount, String currency) {
        static @Nullable AmountJson of(@Nullable Money money) {
            return money == null ? null : new AmountJson(money.amount().toPlainString(), money.currencyCode());
        }
    }

    record StepJson(String kind, String role, String text, @Nullable String amount, Instant at, List<String> photos) {}

    static DisputeJson of(Dispute d, List<DisputeStep> steps) {
        return new DisputeJson(d.id().toString(), d.orderId().toString(), d.buyerId().toString(), d.sellerId().toString(),
                d.kind().name(), d.status().name(), AmountJson.of(d.offer()), d.outcome() == null ? null : d.outcome().name(),
                AmountJson.of(d.refunded()), d.sellerDueAt(), d.openedAt(), d.decidedAt(),
                steps.stream().map(s -> new StepJson(s.kind(), s.role(), s.text(),
                        s.amountMinor() == null ? null : new Money(s.amountMinor(), d.currency()).amount().toPlainString(),
                        s.at(), s.photos().stream().map(p -> "/api/v1/disputes/" + d.id() + "/photos/" + p).toList())).toList());
    }
}
