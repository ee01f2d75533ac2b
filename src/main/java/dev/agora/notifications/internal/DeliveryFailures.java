package dev.agora.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Email deliveries that failed at least once (still retrying or given up), newest first, for operators. */
@Component
public class DeliveryFailures {

    public record Failure(UUID deliveryId, UUID notificationId, String status, int attempts, Instant nextAttemptAt,
            @Nullable String lastError) {}

    private final JdbcClient jdbc;

    DeliveryFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Failure> recent() {
        return jdbc.sql("SELECT * FROM notifications_deliveries WHERE status = 'FAILED' OR (status = 'PENDING' AND attempts > 0) "
                        + "ORDER BY created_at DESC LIMIT 200")
                .query((rs, row) -> new Failure(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
                        rs.getString("status"), rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error")))
                .list();
    }
}
