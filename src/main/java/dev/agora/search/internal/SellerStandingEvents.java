package dev.agora.search.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.agora.identity.AccountId;
import dev.agora.identity.VerificationGranted;
import dev.agora.orders.OrderTransitioned;
import dev.agora.reviews.ReviewHidden;
import dev.agora.reviews.ReviewPublished;
import dev.agora.trust.DisputeDecided;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the seller facts of the index (rating, verification, level) current: whenever something that moves them
 * happens, the seller's listings are re-read a little later ({@link SearchSettings#sellerRefreshDelay()}). The
 * delay lets trust's own listeners count the same order or dispute first (listeners of one event run in no fixed
 * order) and folds a burst of events into one pass; one task per seller and minute at most.
 */
@Component
class SellerStandingEvents {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final SearchSettings settings;
    private final Clock clock;

    SellerStandingEvents(@Lazy SchedulerClient scheduler, @Lazy OneTimeTask<Void> searchSellerRefreshTask,
            SearchSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.task = searchSellerRefreshTask;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReviewPublished event) {
        later(event.subjectId());
    }

    @ApplicationModuleListener
    void on(ReviewHidden event) {
        later(event.subjectId());
    }

    @ApplicationModuleListener
    void on(VerificationGranted event) {
        later(event.accountId());
    }

    @ApplicationModuleListener
    void on(DisputeDecided event) {
        later(event.sellerId());
    }

    // perf (issue 6): only finished orders matter; the condition keeps the other transitions out of the registry
    @ApplicationModuleListener(condition = "#event.finished()")
    void on(OrderTransitioned event) {
        if (event.finished()) { // completed orders raise levels, seller cancellations are strikes
            later(event.sellerId());
        }
    }

    private void later(AccountId seller) {
        Instant at = clock.instant().plus(settings.sellerRefreshDelay());
        scheduler.scheduleIfNotExists(task.instance(seller.value() + "@" + at.getEpochSecond() / 60), at);
    }
}
