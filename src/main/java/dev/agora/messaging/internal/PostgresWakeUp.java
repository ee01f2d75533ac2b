package dev.agora.messaging.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, makes real-time delivery immediate across nodes: sending a message issues
 * {@code NOTIFY agora_messages} inside its transaction (PostgreSQL delivers it only on commit, to every node),
 * and each node keeps one connection that {@code LISTEN}s and wakes {@link LiveMessages} at once. On H2 this
 * does nothing and the one-second poll alone delivers. A lost notification only costs that second: the poll
 * stays the source of truth.
 */
@Component
class PostgresWakeUp implements SmartLifecycle {

    static final String CHANNEL = "agora_messages";
    private static final Logger log = LoggerFactory.getLogger(PostgresWakeUp.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LiveMessages live;
    private final AtomicLong received = new AtomicLong();
    private final boolean postgres;
    private volatile boolean running;
    private Thread listener;

    PostgresWakeUp(DataSource dataSource, JdbcClient jdbc, LiveMessages live) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.live = live;
        this.postgres = isPostgres(dataSource);
        log.info("Real-time messages: {}", postgres ? "one-second poll, woken by PostgreSQL LISTEN/NOTIFY" : "one-second poll");
    }

    /** Called inside the sending transaction. */
    void messageStored() {
        if (postgres) {
            jdbc.sql("NOTIFY " + CHANNEL).update();
        }
    }

    long notificationsReceived() {
        return received.get();
    }

    boolean active() {
        return postgres && running;
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = Thread.ofVirtual().name("messaging-listen").start(this::listen);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        received.addAndGet(notifications.length);
                        live.poll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("LISTEN connection lost, retrying in 5 s (polling still delivers): {}", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            log.warn("Could not tell the database product, real-time messages only poll: {}", e.toString());
            return false;
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
