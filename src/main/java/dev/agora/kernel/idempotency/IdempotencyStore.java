package dev.agora.kernel.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in the database, so every app node sees them. Claiming a key inserts its row first; the
 * primary key on (caller, key) makes exactly one of several concurrent claims win, on any node.
 * Each statement commits on its own: the claim must be visible to other nodes while the handler runs.
 */
@Component
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    /** A claim unfinished for this long belonged to a node that died mid-request; the key may be retried. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True if this call now owns the key; false if a row for it exists already. */
    boolean claim(String caller, String key, String requestHash) {
        Instant now = clock.instant();
        jdbc.sql("""
                DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ?
                  AND (expires_at < ? OR (finished = FALSE AND created_at < ?))""")
                .params(caller, key, utc(now), utc(now.minus(ABANDONED_AFTER)))
                .update();
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_key (caller, idem_key, request_hash, finished, created_at, expires_at)
                    VALUES (?, ?, ?, FALSE, ?, ?)""")
                    .params(caller, key, requestHash, utc(now), utc(now.plus(RETENTION)))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    Optional<IdempotencyRecord> find(String caller, String key) {
        return jdbc.sql("""
                SELECT request_hash, finished, response_status, response_headers, response_body
                FROM idempotency_key WHERE caller = ? AND idem_key = ?""")
                .params(caller, key)
                .query((rs, row) -> new IdempotencyRecord(
                        rs.getString(1), rs.getBoolean(2), rs.getInt(3),
                        rs.getString(4) == null ? "" : rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    void finish(String caller, String key, int status, String headers, byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_key SET finished = TRUE, response_status = ?, response_headers = ?, response_body = ?
                WHERE caller = ? AND idem_key = ?""")
                .params(status, headers, body, caller, key)
                .update();
    }

    /** Gives the key back, e.g. after a server error, so the client's retry runs again. */
    void release(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ?").params(caller, key).update();
    }

    /**
     * Forgets keys older than the retention. A plain Spring timer for now, which may run on every node
     * (harmless: a delete); the orders issue moves timers to db-scheduler.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        purgeExpiredAt(clock.instant());
    }

    int purgeExpiredAt(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").params(utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
