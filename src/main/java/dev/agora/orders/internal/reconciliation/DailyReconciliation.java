package dev.agora.orders.internal.reconciliation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.agora.orders.ReconciliationRuns;
import dev.agora.payments.Payments;
import dev.agora.payments.ReconciliationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs {@link Payments#reconcile} for a period, stores the report and logs a warning for every drift. The recurring
 * task reconciles the previous UTC day each night on exactly one node.
 */
@Service
class DailyReconciliation implements ReconciliationRuns {

    private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

    private final Payments payments;
    private final JdbcClient jdbc;
    private final Clock clock;

    DailyReconciliation(Payments payments, JdbcClient jdbc, Clock clock) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Run run(Instant from, Instant to) {
        ReconciliationReport report = payments.reconcile(from, to);
        List<String> details = report.drifts().stream()
                .map(d -> d.kind() + " " + d.reference() + ": ledger " + d.ledger() + ", provider " + d.provider()).toList();
        details.forEach(d -> log.warn("Reconciliation drift {}", d));
        String text = String.join("\n", details);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reconciliation_run (id, period_from, period_to, compared, drifts, details, ran_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), report.compared(),
                        report.drifts().size(), text.length() > 8000 ? text.substring(0, 8000) : text,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return new Run(id, from, to, report.compared(), report.drifts().size(), details, clock.instant());
    }

    @Override
    public List<Run> recent(int limit) {
        return jdbc.sql("SELECT * FROM reconciliation_run ORDER BY ran_at DESC LIMIT " + Math.clamp(limit, 1, 200))
                .query((rs, n) -> new Run(rs.getObject("id", UUID.class),
                        rs.getObject("period_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("period_to", OffsetDateTime.class).toInstant(), rs.getInt("compared"),
                        rs.getInt("drifts"), lines(rs.getString("details")),
                        rs.getObject("ran_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Yesterday (UTC) as of {@code now}. */
    Run previousDay(Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return run(today.minus(1, ChronoUnit.DAYS), today);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dailyReconciliationTask(@Value("${agora.orders.reconciliation.daily-cron:0 30 2 * * *}") String cron,
                @Value("${agora.orders.reconciliation.zone:UTC}") String zone, @Lazy DailyReconciliation reconciliation,
                Clock clock) {
            return Tasks.recurring("daily-reconciliation", Schedules.cron(cron, ZoneId.of(zone)))
                    .execute((instance, context) -> reconciliation.previousDay(clock.instant()));
        }
    }
}
