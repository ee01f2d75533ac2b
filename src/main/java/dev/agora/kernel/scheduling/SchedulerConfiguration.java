package dev.agora.kernel.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one persistent, cluster-safe scheduler (db-scheduler on the application's database) for every module: a
 * module declares its {@link Task} beans (one-time tasks it schedules through {@link SchedulerClient}, recurring
 * tasks that start themselves) and this configuration runs them all. A task instance is picked by exactly one
 * node when due and survives restarts. The scheduler reads time from the application's {@link Clock}, so tests
 * that move the clock make timers due. Built here rather than by db-scheduler's Boot starter, whose 16.7.1
 * auto-configuration waits for Boot 3's {@code DataSourceAutoConfiguration} and never activates on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerSettings.class)
class SchedulerConfiguration {

    /** Writes task instances (no polling); joins the caller's transaction so a timer commits with its cause. */
    @Bean
    @Lazy
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks").build();
    }

    /**
     * Polls while the application runs: a fresh {@link Scheduler} per start (a stopped one cannot start again),
     * started after Flyway made the table and stopped before the pool closes.
     */
    @Bean
    SmartLifecycle schedulerLifecycle(ObjectProvider<DataSource> dataSource, ObjectProvider<Task<?>> tasks,
            SchedulerSettings settings, Clock clock) {
        return new SmartLifecycle() {
            private volatile @Nullable Scheduler scheduler;

            @Override
            public synchronized void start() {
                if (settings.enabled() && scheduler == null) {
                    List<Task<?>> known = tasks.orderedStream().toList();
                    List<OnStartup> startup = new ArrayList<>();
                    known.stream().filter(OnStartup.class::isInstance).map(OnStartup.class::cast).forEach(startup::add);
                    // startTasks registers the recurring tasks itself; listing them as known too is a duplicate (admin, issue 10)
                    List<Task<?>> others = known.stream().filter(task -> !(task instanceof OnStartup)).toList();
                    scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource.getObject()), others)
                            .startTasks(startupTasks(startup))
                            .tableName("scheduled_tasks")
                            .pollingInterval(settings.pollingInterval())
                            .threads(settings.threads())
                            .clock(clock::instant)
                            .build();
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List startupTasks(List<OnStartup> tasks) {
        return tasks;
    }
}
