package dev.agora.orders.internal.payouts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.agora.orders.SellerPayouts;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The weekly payout run as a db-scheduler recurring task on the kernel's shared scheduler: one node runs it per
 * due time; each payout's idempotency key names the seller and the ISO week, so a rerun of the same week pays nobody
 * twice.
 */
@Configuration(proxyBeanMethods = false)
class PayoutSchedule {

    static final String TASK = "weekly-payouts";

    @Bean
    RecurringTask<Void> weeklyPayoutsTask(PayoutSettings settings, @Lazy SellerPayouts payouts, Clock clock) {
        return Tasks.recurring(TASK, Schedules.cron(settings.weeklyCron(), ZoneId.of(settings.zone())))
                .execute((instance, context) -> {
                    if (settings.weekly()) {
                        payouts.payOutEveryone(clock.instant());
                    }
                });
    }
}
