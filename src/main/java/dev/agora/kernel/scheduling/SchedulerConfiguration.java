package dev.agora.kernel.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    @Bean
    SchedulerRunner schedulerRunner(ObjectProvider<DataSource> dataSource, ObjectProvider<Task<?>> tasks,
            SchedulerSettings settings, Clock clock) {
        return new SchedulerRunner(dataSource, tasks, settings, clock);
    }
}
