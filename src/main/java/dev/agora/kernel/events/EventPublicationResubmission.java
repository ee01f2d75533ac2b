package dev.agora.kernel.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again the events whose listener failed (or whose node died before the listener finished) without
 * waiting for a restart. A recurring db-scheduler task, so one node of a cluster runs it at a time; Spring
 * Modulith additionally claims each publication (status RESUBMITTED) before invoking its listener. Listeners are
 * idempotent, so a publication that was merely slow and gets delivered twice does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResubmissionSettings.class)
public class EventPublicationResubmission {

    static final String TASK_NAME = "event-publication-resubmission";
    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final OutstandingPublications outstanding;
    private final JdbcClient jdbc;
    private final ResubmissionSettings settings;
    private final Clock clock;

    EventPublicationResubmission(@Lazy IncompleteEventPublications incomplete, OutstandingPublications outstanding,
            JdbcClient jdbc, ResubmissionSettings settings, Clock clock) {
        this.incomplete = incomplete;
        this.outstanding = outstanding;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> eventPublicationResubmissionTask() {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(settings.interval())).execute((instance, context) -> {
            if (settings.enabled()) {
                resubmitOutstanding();
            }
        });
    }

    /** Hands every unfinished publication older than the configured age to its listener again. */
    public void resubmitOutstanding() {
        long waiting = outstanding.outstanding();
        if (waiting > 0) {
            releaseStuckResubmissions();
            log.info("Resubmitting event publications older than {} ({} outstanding)", settings.minAge(), waiting);
            incomplete.resubmitIncompletePublicationsOlderThan(settings.minAge());
        }
    }

    private void releaseStuckResubmissions() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(settings.stuckAfter()), ZoneOffset.UTC);
        int released = jdbc.sql("""
                UPDATE event_publication SET status = 'FAILED'
                WHERE status = 'RESUBMITTED' AND completion_date IS NULL AND last_resubmission_date < ?""")
                .param(cutoff).update();
        if (released > 0) {
            log.warn("{} event publications resubmitted before {} never finished; they are resubmitted again",
                    released, cutoff);
        }
    }
}
