package dev.agora.reviews.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.agora.kernel.scheduling.TaskRetries;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Timers on the kernel's shared scheduler: one task per order that reveals its reviews when the window closes,
 * and an hourly sweep that reveals any window whose task was lost (for example an order completed before this
 * module existed). Revealing re-checks the window, so a late or repeated run does nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReviewTimers {

    @Bean
    OneTimeTask<Void> reviewWindowClosingTask(@Lazy Reviews reviews, Clock clock) {
        return Tasks.oneTime("review-window-close").onFailure(TaskRetries.<Void>backoff()).execute((instance, context) ->
                reviews.revealIfClosed(OrderId.of(instance.getId()), clock.instant()));
    }

    @Bean
    RecurringTask<Void> reviewWindowSweepTask(@Lazy Reviews reviews, Clock clock) {
        return Tasks.recurring("review-window-sweep", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> reviews.revealClosed(clock.instant()));
    }
}
