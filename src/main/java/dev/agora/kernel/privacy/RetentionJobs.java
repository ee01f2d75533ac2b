package dev.agora.kernel.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kernel's own retention jobs, for the tables it owns: the mail outbox, Idempotency-Key records and completed
 * event publications. Modules add recurring tasks for their own tables (messaging: old messages) and read the same
 * {@link RetentionSettings}. Each job is a daily db-scheduler {@link RecurringTask}, run by one node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionJobs {

    static final Duration DAILY = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(RetentionJobs.class);

    @Bean
    RecurringTask<Void> mailOutboxRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
        return Tasks.recurring("retention-mail-outbox", FixedDelay.of(DAILY)).execute((instance, context) -> {
            if (settings.enabled()) {
                purgeMailOutbox(jdbc, clock.instant().minus(settings.mailOutbox()));
            }
        });
    }

    @Bean
    RecurringTask<Void> idempotencyRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
        return Tasks.recurring("retention-idempotency-keys", FixedDelay.of(DAILY)).execute((instance, context) -> {
            if (settings.enabled()) {
                purgeIdempotencyKeys(jdbc, clock.instant().minus(settings.idempotencyKeys()));
            }
        });
    }

    @Bean
    RecurringTask<Void> eventPublicationRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
        return Tasks.recurring("retention-event-publications", FixedDelay.of(DAILY)).execute((instance, context) -> {
            if (settings.enabled()) {
                purgeEventPublications(jdbc, clock.instant().minus(settings.eventPublications()));
            }
        });
    }

    public static int purgeMailOutbox(JdbcClient jdbc, Instant cutoff) {
        int deleted = jdbc.sql("DELETE FROM kernel_mail_outbox WHERE created_at < ?").param(utc(cutoff)).update();
        log.info("Retention: deleted {} mail outbox rows older than {}", deleted, cutoff);
        return deleted;
    }

    public static int purgeIdempotencyKeys(JdbcClient jdbc, Instant cutoff) {
        int deleted = jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(utc(cutoff)).update();
        log.info("Retention: deleted {} idempotency records expired before {}", deleted, cutoff);
        return deleted;
    }

    public static int purgeEventPublications(JdbcClient jdbc, Instant cutoff) {
        int deleted = jdbc.sql("DELETE FROM event_publication WHERE completion_date IS NOT NULL AND completion_date < ?")
                .param(utc(cutoff)).update();
        log.info("Retention: deleted {} completed event publications older than {}", deleted, cutoff);
        return deleted;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
