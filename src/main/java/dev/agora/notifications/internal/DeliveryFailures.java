package dev.agora.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Email and Web Push deliveries that failed at least once (still retrying or given up), newest first, for
 * operators; {@code channel} says which ({@code EMAIL} or {@code PUSH}).
 */
@Component
public class DeliveryFailures {

    public record Failure(UUID deliveryId, UUID notificationId, String status, int attempts, Instant nextAttemptAt,
            @Nullable String lastError, String channel, Instant createdAt) {}

    private final JdbcClient jdbc;

    DeliveryFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Failure> recent() {
        return Stream.concat(failed("notifications_deliveries", "EMAIL").stream(),
                        failed("notifications_push_deliveries", "PUSH").stream())
                .sorted(Comparator.comparing(Failure::createdAt).reversed()).limit(200).toList();
    }

    private List<Failure> failed(String table, String channel) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE status = 'FAILED' OR (status = 'PENDING' AND attempts > 0) "
                        + "ORDER BY created_at DESC LIMIT 200")
                .query((rs, row) -> new Failure(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
                        rs.getString("status"), rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
                        channel, rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
