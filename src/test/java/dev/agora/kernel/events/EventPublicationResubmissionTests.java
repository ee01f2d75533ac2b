package dev.agora.kernel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.WebClient;
import io.micrometer.core.instrument.MeterRegistry;
import dev.agora.kernel.events.FlakyProbeListener.ProbeHappened;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventPublicationResubmissionTests {

    @Autowired EventPublicationResubmission resubmission;
    @Autowired OutstandingPublications outstanding;
    @Autowired ResubmissionSettings settings;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired List<Task<?>> tasks;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFailedDeliveryIsResubmittedOnceOldEnoughAndTakesEffectExactlyOnce() {
        UUID probe = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeHappened(probe)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(probe)));
        assertThat(FlakyProbeListener.effects(probe)).isZero();
        assertThat(outstanding.failed()).isPositive();
        assertThat(outstanding.outstanding()).isGreaterThanOrEqualTo(outstanding.failed());
        assertThat(meters.get("agora.events.publications.failed").gauge().value()).isPositive();
        assertThat(failedTile("operator@agora.test")).isNotNull().isPositive();
        assertThat(failedTile("support@agora.test")).as("only operators see event deliveries").isNull();

        // younger than the configured age: left alone (it might still be queued for its first delivery)
        resubmission.resubmitOutstanding();
        assertThat(status(probe)).isEqualTo("FAILED");
        assertThat(FlakyProbeListener.deliveries(probe)).isEqualTo(1);

        clock.advance(settings.minAge().plusMinutes(1));
        resubmission.resubmitOutstanding();

        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(probe)));
        assertThat(FlakyProbeListener.effects(probe)).isEqualTo(1);

        // completed publications are not handed out again
        resubmission.resubmitOutstanding();
        assertThat(status(probe)).isEqualTo("COMPLETED");
        assertThat(FlakyProbeListener.deliveries(probe)).isEqualTo(2);
        assertThat(FlakyProbeListener.effects(probe)).isEqualTo(1);
    }

    @Test
    void aResubmissionWhoseNodeDiedIsTakenUpAgainOnceStuckForLongEnough() {
        UUID probe = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeHappened(probe)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(probe)));
        // a node claimed it for resubmission and died before the listener ran
        jdbc.sql("UPDATE event_publication SET status = 'RESUBMITTED', last_resubmission_date = ? "
                        + "WHERE serialized_event LIKE ?")
                .param(java.time.OffsetDateTime.now(clock)).param("%" + probe + "%").update();

        clock.advance(settings.minAge().plusMinutes(1));
        resubmission.resubmitOutstanding();
        assertThat(status(probe)).isEqualTo("RESUBMITTED");

        clock.advance(settings.stuckAfter());
        resubmission.resubmitOutstanding();
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(probe)));
        assertThat(FlakyProbeListener.effects(probe)).isEqualTo(1);
    }

    @Test
    void resubmissionRunsAsARecurringSchedulerTaskWithTheConfiguredDefaults() {
        assertThat(tasks).extracting(Task::getName).contains(EventPublicationResubmission.TASK_NAME);
        assertThat(settings.minAge()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(1));
    }

    private Integer failedTile(String staff) {
        var web = new WebClient(port);
        web.logIn(staff, "agora-demo-2026");
        var tile = java.util.regex.Pattern.compile("class=\"events-failed\"><strong>(\\d+)</strong>")
                .matcher(web.get("/admin").body());
        return tile.find() ? Integer.valueOf(tile.group(1)) : null;
    }

    private String status(UUID probe) {
        return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + probe + "%").query(String.class).optional().orElse(null);
    }
}
