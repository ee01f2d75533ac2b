package dev.agora.messaging.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.agora.kernel.privacy.RetentionSettings;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily job that deletes messages older than {@code agora.retention.messages} (default two years). */
@Configuration(proxyBeanMethods = false)
class MessageRetention {

    @Bean
    RecurringTask<Void> oldMessagesRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
        return Tasks.recurring("retention-messages", FixedDelay.of(Duration.ofDays(1))).execute((instance, context) -> {
            if (settings.enabled()) {
                MessagingPrivacy.deleteOlderThan(jdbc, clock.instant().minus(settings.messages()));
            }
        });
    }
}
