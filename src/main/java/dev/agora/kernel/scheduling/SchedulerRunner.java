package dev.agora.kernel.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Polls for due tasks while the application runs: a fresh {@link Scheduler} per start (a stopped one cannot start
 * again), started after Flyway made the table and stopped before the pool closes.
 */
public final class SchedulerRunner implements SmartLifecycle {

    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<Task<?>> tasks;
    private final SchedulerSettings settings;
    private final Clock clock;
    private volatile @Nullable Scheduler scheduler;

    SchedulerRunner(ObjectProvider<DataSource> dataSource, ObjectProvider<Task<?>> tasks, SchedulerSettings settings,
            Clock clock) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (settings.enabled() && scheduler == null) {
            List<Task<?>> known = tasks.orderedStream().toList();
            List<OnStartup> startup = new ArrayList<>();
            known.stream().filter(OnStartup.class::isInstance).map(OnStartup.class::cast).forEach(startup::add);
            // startTasks registers the recurring tasks itself; listing them as known too is a duplicate
            List<Task<?>> others = known.stream().filter(task -> !(task instanceof OnStartup)).toList();
            Scheduler started = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource.getObject()), others)
                    .startTasks(startupTasks(startup))
                    .tableName("scheduled_tasks")
                    .pollingInterval(settings.pollingInterval())
                    .threads(settings.threads())
                    .clock(clock::instant)
                    .build();
            started.start();
            scheduler = started;
        }
    }

    /**
     * Looks for due tasks now rather than after the polling interval. db-scheduler counts its wait between polls
     * down on the application clock, so a clock set back (by an operator, or by a test that moved time forward and
     * resets it) would otherwise keep it waiting for the whole jump.
     */
    public void checkNow() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List startupTasks(List<OnStartup> tasks) {
        return tasks;
    }
}
