package dev.agora.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The orders benchmark's PostgreSQL side: fresh databases, pgbench, and the server's own counters. */
final class OrdersBenchDatabase {

    private OrdersBenchDatabase() {}

    static void recreate(String adminUrl, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    /** Event publications not completed yet (listeners still to run) in the orders database. */
    static long openPublications(String adminUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl.replace("/postgres?", "/agora_bench_orders?"));
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static long commits(String adminUrl, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl);
                var s = c.prepareStatement("SELECT xact_commit FROM pg_stat_database WHERE datname = ?")) {
            s.setString(1, database);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
