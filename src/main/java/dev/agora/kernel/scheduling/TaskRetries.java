package dev.agora.kernel.scheduling;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/**
 * How a one-time task that threw is tried again: after 10 s, then twice as long each time. A timer usually fails
 * for a passing reason (a row lock held by a concurrent transaction, a pool timeout under load), and db-scheduler's
 * default of one retry five minutes later would leave an order or a shipment waiting that long.
 */
public final class TaskRetries {

    private TaskRetries() {}

    public static <T> FailureHandler<T> backoff() {
        return new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0);
    }
}
