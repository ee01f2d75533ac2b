package dev.agora.analytics.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.agora.kernel.privacy.RetentionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * search-edges (issue 12): the daily job deleting the query texts analytics keeps per day once they are older than
 * {@code agora.analytics.search.query-retention} (a query may hold personal data); the daily counters stay.
 */
@Configuration(proxyBeanMethods = false)
class SearchDemandRetention {

    private static final Logger log = LoggerFactory.getLogger(SearchDemandRetention.class);

    @Bean
    RecurringTask<Void> searchQueryRetention(SearchDemandTables tables, SearchDemandSettings settings,
            RetentionSettings retention, Clock clock) {
        return Tasks.recurring("retention-analytics-search-queries", FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> {
                    if (retention.enabled()) {
                        purge(tables, settings, clock.instant());
                    }
                });
    }

    /** Keeps the query texts of the last {@code query-retention} days (today included). */
    static int purge(SearchDemandTables tables, SearchDemandSettings settings, Instant now) {
        LocalDate firstKept = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(settings.queryRetention().toDays());
        int deleted = tables.purge(firstKept, now.minus(settings.queryRetention()));
        log.info("Retention: deleted {} search query rows of days before {}", deleted, firstKept);
        return deleted;
    }
}
