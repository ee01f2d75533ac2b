package dev.agora.trust.internal.disputes;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.kernel.scheduling.TaskRetries;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The seller's answer deadline as a persistent timer on the kernel's scheduler: one task instance per dispute,
 * written in the transaction that opens the dispute. When it fires the dispute re-checks its own state, so a
 * dispute the seller answered meanwhile is left alone.
 */
@Configuration(proxyBeanMethods = false)
class DisputeDeadlines {

    static final String TASK = "trust-dispute-deadline";

    @Bean
    OneTimeTask<Void> disputeDeadlineTask(@Lazy Disputes disputes) {
        return Tasks.oneTime(TASK).onFailure(TaskRetries.<Void>backoff()).execute((instance, context) -> disputes.deadlinePassed(UUID.fromString(instance.getId())));
    }

    @Bean
    Schedule disputeDeadlineSchedule(@Lazy SchedulerClient schedulerClient, OneTimeTask<Void> disputeDeadlineTask) {
        return (dispute, at) -> schedulerClient.scheduleIfNotExists(disputeDeadlineTask.instance(dispute.toString()), at);
    }

    @FunctionalInterface
    interface Schedule {
        void at(UUID dispute, Instant when);
    }
}
