package dev.agora.search.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Drives {@link VectorBackfill} on the kernel's persistent scheduler: every few seconds one node runs a slice
 * (a time budget of batches) of a started backfill. A slice, not the whole job, so the scheduler thread is given
 * back regularly and other modules' timers never wait behind hours of embedding.
 */
@Configuration(proxyBeanMethods = false)
class VectorBackfillTimer {

    @Bean
    RecurringTask<Void> searchVectorBackfillTask(@Lazy VectorBackfill backfill, VectorBackfillSettings settings) {
        return Tasks.recurring("search-vector-backfill", FixedDelay.of(settings.pause()))
                .execute((instance, context) -> backfill.runSlice(settings.slice(), settings.batchSize()));
    }
}
