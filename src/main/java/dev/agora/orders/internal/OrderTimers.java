package dev.agora.orders.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.kernel.scheduling.TaskRetries;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Timers of the transaction processes, one db-scheduler task instance per order and state, written in the order's
 * own transaction and run by the kernel's shared scheduler when due. When a timer fires it only asks the order to
 * run whatever timer is due now; the order re-checks its state, so a timer of a state the order has left does
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
class OrderTimers {

    static final String TASK = "order-timer";

    @Bean
    OneTimeTask<Void> orderTimerTask(@Lazy OrderTransitions transitions, Clock clock) {
        return Tasks.oneTime(TASK).onFailure(TaskRetries.<Void>backoff()).execute((instance, context) ->
                transitions.runDueTimers(OrderId.of(instance.getId().split("@")[0]), clock.instant()));
    }

    @Bean
    TimerSchedule timerSchedule(@Lazy SchedulerClient schedulerClient, OneTimeTask<Void> orderTimerTask) {
        // orders-lean: a plain INSERT, not scheduleIfNotExists (a SELECT first): the instance is the order and its step
        // count, written under the order's lock in the transaction that takes that step, so it cannot exist yet
        return (order, step, at) -> schedulerClient.scheduleBatch(
                java.util.List.<com.github.kagkarlsson.scheduler.task.TaskInstance<?>>of(orderTimerTask.instance(order + "@" + step)), at);
    }

    /** Schedules the timer check of an order for the {@code step}-th state it entered. */
    @FunctionalInterface
    interface TimerSchedule {
        void at(OrderId order, int step, Instant when);
    }
}
