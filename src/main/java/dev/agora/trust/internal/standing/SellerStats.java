package dev.agora.trust.internal.standing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What trust counted about a seller, with the rates the level rules use. */
public record SellerStats(long completed, long cancelledBySeller, long disputes, long disputesLost, long replies,
        long replyMinutesTotal, int activeStrikes, @Nullable Double rating) {

    public double disputeRate() {
        return completed == 0 ? (disputes == 0 ? 0 : 1) : (double) disputes / completed;
    }

    public double cancellationRate() {
        long orders = completed + cancelledBySeller;
        return orders == 0 ? 0 : (double) cancelledBySeller / orders;
    }

    public @Nullable Duration averageReply() {
        return replies == 0 ? null : Duration.ofMinutes(replyMinutesTotal / replies);
    }
}
