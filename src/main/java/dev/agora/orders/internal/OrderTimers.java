package dev.agora.orders.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Timers of the transaction processes on db-scheduler: a row in {@code scheduled_tasks} per order and state,
 * written in the order's own transaction (the scheduler's data source joins Spring's transactions), picked by
 * exactly one node when due, surviving restarts. When a timer fires it only asks the order to run whatever
 * timer is due now; the order re-checks its state, so a timer of a state the order has left does nothing.
 * Built here rather than by db-scheduler's Boot starter, whose 16.7.1 auto-configuration waits for Boot 3's
 * {@code DataSourceAutoConfiguration} and never activates on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
class OrderTimers {

    static final String TASK = "order-timer";

    @Bean
    OneTimeTask<Void> orderTimerTask(@Lazy OrderTransitions transitions, Clock clock) {
        return Tasks.oneTime(TASK).execute((instance, context) ->
                transitions.runDueTimers(OrderId.of(instance.getId().split("@")[0]), clock.instant()));
    }

    /** Writes timers (no polling); joins the caller's transaction. */
    @Bean
    @Lazy
    SchedulerClient orderSchedulerClient(DataSource dataSource, OneTimeTask<Void> orderTimerTask) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), orderTimerTask)
                .tableName("scheduled_tasks").build();
    }

    /**
     * Polls while the application runs: a fresh db-scheduler {@link Scheduler} per start (a stopped one cannot
     * start again), started after Flyway made the table and stopped before the pool closes.
     */
    @Bean
    SmartLifecycle orderSchedulerLifecycle(ObjectProvider<DataSource> dataSource, OneTimeTask<Void> orderTimerTask,
            @Value("${agora.orders.timers.enabled:true}") boolean enabled,
            @Value("${agora.orders.timers.polling-interval:10s}") Duration pollingInterval) {
        return new SmartLifecycle() {
            private volatile @Nullable Scheduler scheduler;

            @Override
            public synchronized void start() {
                if (enabled && scheduler == null) {
                    scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource.getObject()), orderTimerTask)
                            .tableName("scheduled_tasks").pollingInterval(pollingInterval).threads(2).build();
                    scheduler.start();
                }
            }

            @Override
            public synchronized void stop() {
                if (scheduler != null) {
                    scheduler.stop();
                    scheduler = null;
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }

    @Bean
    TimerSchedule timerSchedule(@Lazy SchedulerClient orderSchedulerClient, OneTimeTask<Void> orderTimerTask) {
        return (order, step, at) -> orderSchedulerClient.scheduleIfNotExists(orderTimerTask.instance(order + "@" + step), at);
    }

    /** Schedules the timer check of an order for the {@code step}-th state it entered. */
    @FunctionalInterface
    interface TimerSchedule {
        void at(OrderId order, int step, Instant when);
    }
}
