package dev.agora.identity.internal.verification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Deletes identity documents past their retention on the kernel's shared scheduler (one node per run). */
@Configuration(proxyBeanMethods = false)
class DocumentRetention {

    @Bean
    RecurringTask<Void> identityDocumentRetentionTask(@Lazy Verifications verifications, VerificationSettings settings,
            Clock clock) {
        return Tasks.recurring("identity-document-retention", FixedDelay.of(settings.retentionSweep()))
                .execute((instance, context) -> verifications.deleteExpiredDocuments(clock.instant()));
    }
}
