package dev.agora.kernel.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many event deliveries the registry has not seen complete: {@link #outstanding()} counts all of them (queued,
 * running, failed), {@link #failed()} those whose listener threw. Published as the gauges
 * {@code agora.events.publications.outstanding} and {@code agora.events.publications.failed} and shown on the
 * console overview; a number that keeps growing means a listener keeps failing.
 */
@Component
public class OutstandingPublications {

    private final JdbcClient jdbc;

    OutstandingPublications(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("agora.events.publications.outstanding", this, OutstandingPublications::outstanding)
                .description("Event publications whose listener has not completed").register(meters);
        Gauge.builder("agora.events.publications.failed", this, OutstandingPublications::failed)
                .description("Event publications whose listener failed and waits for resubmission").register(meters);
    }

    public long outstanding() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    public long failed() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
                .query(Long.class).single();
    }
}
